export default definePageConfig({
  navigationBarTitleText: '报告分章',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
