export default definePageConfig({
  navigationBarTitleText: '花桥镇工作报告',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
