import town from '../../data/town.json'

export default definePageConfig({
  navigationBarTitleText: `${town.town}工作报告`,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
