import town from './data/town.json'

/**
 * Each page's own title: WeChat's title bar (each page's index.config.ts; the only title WeChat shows in
 * 单页模式) and the heading of the page's error screen (components/page-guard), which cannot ask the
 * page that failed for its title.
 */
export const PAGE_TITLES = {
  report: `${town.town}工作报告`,
  section: `${town.town}工作报告`,
  corrections: '校勘说明',
  benefits: '惠民政策',
  benefit: `${town.town}惠民政策`,
  finder: '看看我能享受什么',
  mine: '我的',
  search: '搜索',
  plan: '去年说要做的事',
  year: '往年报告',
} as const
