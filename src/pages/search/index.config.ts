import { PAGE_TITLES } from '../../page-titles'

export default definePageConfig({
  navigationBarTitleText: PAGE_TITLES.search,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
