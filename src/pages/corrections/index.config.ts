export default definePageConfig({
  navigationBarTitleText: '校勘说明',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
