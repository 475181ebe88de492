// One page of each kind a villager opens from a link: the Lighthouse accessibility check, the bench and
// the layout-shift test look at these.
export const AUDITED_PAGES = {
  'report home': '/pages/report/index',
  section: '/pages/section/index?id=livelihood',
  'benefits list': '/pages/benefits/index',
  benefit: '/pages/benefit/index?id=dibao',
}
