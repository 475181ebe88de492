export default definePageConfig({
  navigationBarTitleText: '往年报告',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
