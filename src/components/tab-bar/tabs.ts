import { PAGES, type PagePath } from '../../routes'
import reportOn from '../../assets/tab-icons/report-on.svg'
import reportOff from '../../assets/tab-icons/report-off.svg'
import benefitsOn from '../../assets/tab-icons/benefits-on.svg'
import benefitsOff from '../../assets/tab-icons/benefits-off.svg'
import mineOn from '../../assets/tab-icons/mine-on.svg'
import mineOff from '../../assets/tab-icons/mine-off.svg'

/** The three tabs, in order; app.config.ts lists the same pages (a test holds them equal). */
export const TABS = [
  { id: 'report', path: PAGES.report, label: '报告', icon: { on: reportOn as string, off: reportOff as string } },
  { id: 'benefits', path: PAGES.benefits, label: '惠民政策', icon: { on: benefitsOn as string, off: benefitsOff as string } },
  { id: 'mine', path: PAGES.mine, label: '我的', icon: { on: mineOn as string, off: mineOff as string } },
] as const

export type TabId = (typeof TABS)[number]['id']

/** The tab a page route belongs to ('pages/report/index' or '/pages/report/index'), or null. */
export function tabOfRoute(route: string | undefined): TabId | null {
  const path = `/${(route ?? '').replace(/^\//, '').split('?')[0]}` as PagePath
  return TABS.find((tab) => tab.path === path)?.id ?? null
}
