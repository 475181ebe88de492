import { PAGE_TITLES } from '../../page-titles'

export default definePageConfig({
  navigationBarTitleText: PAGE_TITLES.corrections,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
