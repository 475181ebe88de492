export default definePageConfig({
  navigationBarTitleText: '惠民政策',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
