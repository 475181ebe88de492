export default definePageConfig({
  navigationBarTitleText: '去年说要做的事',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
