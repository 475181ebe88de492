import town from './data/town.json'

/**
 * Each page's own title: WeChat's title bar (each page's index.config.ts) and the heading of the page's
 * error screen (components/page-guard), which cannot ask the page that failed for its title. In
 * 单页模式 (a page opened from the 朋友圈) it is the only title WeChat shows, so every page that can be
 * shared names the town's app in it (我的 cannot be shared).
 */
export const PAGE_TITLES = {
  report: `${town.town}工作报告`,
  section: `${town.town}工作报告`,
  corrections: `${town.town}工作报告·校勘说明`,
  benefits: `${town.town}惠民政策`,
  benefit: `${town.town}惠民政策`,
  finder: `${town.town}·看看我能享受什么`,
  mine: '我的',
  search: `${town.town}政务公开·搜索`,
  plan: `${town.town}·去年说要做的事`,
  year: `${town.town}往年工作报告`,
} as const
