import { PAGE_TITLES } from '../../page-titles'

export default definePageConfig({
  navigationBarTitleText: PAGE_TITLES.report,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
