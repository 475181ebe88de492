export default definePageConfig({
  navigationBarTitleText: '看看我能享受什么',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
