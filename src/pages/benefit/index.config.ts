import { PAGE_TITLES } from '../../page-titles'

export default definePageConfig({
  // WeChat's 单页模式 (a page opened from the 朋友圈) shows this title and no other: the page sets the
  // benefit's own name (usePageTitle) only in the whole app. So it names what the page is part of.
  navigationBarTitleText: PAGE_TITLES.benefit,
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
