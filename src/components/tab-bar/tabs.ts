import { PAGES, type PagePath } from '../../routes'

/** The three tabs, in order; app.config.ts lists the same pages (a test holds them equal). */
export const TABS = [
  { id: 'report', path: PAGES.report, label: '报告' },
  { id: 'benefits', path: PAGES.benefits, label: '惠民政策' },
  { id: 'mine', path: PAGES.mine, label: '我的' },
] as const

export type TabId = (typeof TABS)[number]['id']

/** The tab a page route belongs to ('pages/report/index' or '/pages/report/index'), or null. */
export function tabOfRoute(route: string | undefined): TabId | null {
  const path = `/${(route ?? '').replace(/^\//, '').split('?')[0]}` as PagePath
  return TABS.find((tab) => tab.path === path)?.id ?? null
}
