import { PAGE_TITLES } from '../../page-titles'

export default definePageConfig({
  navigationBarTitleText: PAGE_TITLES.year,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
