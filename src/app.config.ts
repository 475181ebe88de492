import town from './data/town.json'

export default defineAppConfig({
  // Main package: the three tabs.
  pages: ['pages/report/index', 'pages/benefits/index', 'pages/mine/index'],
  // Detail pages load on first use (their roots keep the public paths, e.g. /pages/benefit/index?id=dibao).
  subPackages: [
    { root: 'pages/section', pages: ['index'] },
    { root: 'pages/benefit', pages: ['index'] },
    { root: 'pages/finder', pages: ['index'] },
    { root: 'pages/corrections', pages: ['index'] },
    // 「去年说要做的事」: the plan's items and what the next report says of them.
    { root: 'pages/plan', pages: ['index'] },
    // 往年报告: an earlier year's report (its text comes with the section page).
    { root: 'pages/year', pages: ['index'] },
    // The report search loads with its page, not with the first screen.
    { root: 'pages/search', pages: ['index'] },
  ],
  preloadRule: {
    'pages/report/index': { network: 'all', packages: ['pages/section'] },
    'pages/benefits/index': { network: 'all', packages: ['pages/benefit'] },
  },
  window: {
    navigationBarTitleText: town.appName,
    navigationBarBackgroundColor: '#1d4e89',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f4f6',
  },
  // custom: WeChat places src/custom-tab-bar under each tab page, so 长辈模式 reaches the tab bar.
  // The list stays: WeChat needs it to know which pages are tabs (switchTab).
  tabBar: {
    custom: true,
    color: '#464c55',
    selectedColor: '#1d4e89',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/report/index', text: '报告' },
      { pagePath: 'pages/benefits/index', text: '惠民政策' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // Every page is public and may be indexed by WeChat search (src/sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
})
