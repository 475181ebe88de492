// The screens every visual check covers, as deep links (the same on both targets).
export const SCREENS = {
  'report home': '/pages/report/index',
  section: '/pages/section/index?id=livelihood',
  'section (no figures)': '/pages/section/index?id=plan-safety',
  'not found': '/pages/section/index?id=nope',
  corrections: '/pages/corrections/index',
  'benefits list': '/pages/benefits/index',
  benefit: '/pages/benefit/index?id=medical-insurance',
  'benefit not found': '/pages/benefit/index?id=%3Cscript%3E',
  finder: '/pages/finder/index',
  mine: '/pages/mine/index',
  search: `/pages/search/index?q=${encodeURIComponent('我们村修路的事')}`,
  'search, nothing found': '/pages/search/index?q=zzzz',
  'section at one block': '/pages/section/index?id=livelihood&p=5',
}

/** Reader settings as the app stores them. */
export const MODES = {
  standard: { largeText: false, script: 'simplified' },
  large: { largeText: true, script: 'simplified' },
  traditional: { largeText: false, script: 'traditional' },
}
