/**
 * The deep-link contract. Shared links in WeChat groups depend on these paths and query names:
 * never rename them. Build every URL here.
 */
import type { BenefitId } from './domain/benefit-types'
import type { SectionId } from './domain/report-types'
import { withQuery } from './domain/url'
import { town } from './domain/town'

export const PAGES = {
  report: '/pages/report/index',
  section: '/pages/section/index',
  corrections: '/pages/corrections/index',
  benefits: '/pages/benefits/index',
  benefit: '/pages/benefit/index',
  finder: '/pages/finder/index',
  mine: '/pages/mine/index',
  search: '/pages/search/index',
  plan: '/pages/plan/index',
} as const

export type PagePath = (typeof PAGES)[keyof typeof PAGES]

/** Pages that are tabs must be opened with switchTab, the others with navigateTo. */
export const TAB_PAGES: readonly PagePath[] = [PAGES.report, PAGES.benefits, PAGES.mine]

export const routes = {
  report: () => PAGES.report,
  /** `p`: the numbered block of the text to show marked (a search result, a shared sentence). */
  section: (id: SectionId, p: number | null = null) => withQuery(PAGES.section, p ? { id, p: String(p) } : { id }),
  corrections: () => PAGES.corrections,
  benefits: () => PAGES.benefits,
  benefit: (id: BenefitId) => withQuery(PAGES.benefit, { id }),
  finder: () => PAGES.finder,
  mine: () => PAGES.mine,
  search: (q = '') => withQuery(PAGES.search, q ? { q } : {}),
  plan: () => PAGES.plan,
}

export const APP_NAME = town.appName
