/**
 * The deep-link contract. Shared links in WeChat groups depend on these paths and query names:
 * never rename them. Build every URL here.
 */
import type { BenefitId } from './domain/benefits/types'
import type { SectionId } from './domain/report/types'
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
  year: '/pages/year/index',
} as const

export type PagePath = (typeof PAGES)[keyof typeof PAGES]

/** Pages that are tabs must be opened with switchTab, the others with navigateTo. */
export const TAB_PAGES: readonly PagePath[] = [PAGES.report, PAGES.benefits, PAGES.mine]

/**
 * The year a section link without `year` means: every link shared before reports were kept by year
 * opens the 2024 report's section, forever. A link to any other year's section names its year.
 */
export const YEAR_OF_LINKS_WITHOUT_ONE = 2024

/** A section link's query: its id, the marked block `p`, and its year unless 2024's. */
export const sectionQuery = (id: SectionId, p: number | null = null, year: number = YEAR_OF_LINKS_WITHOUT_ONE): Record<string, string> => ({
  id,
  ...(p ? { p: String(p) } : {}),
  ...(year !== YEAR_OF_LINKS_WITHOUT_ONE ? { year: String(year) } : {}),
})

/**
 * The query parameters that name what a page shows (a section's id and year, a benefit's id, the
 * words searched). `p` marks a block within it and does not make another page.
 */
export const CONTENT_PARAMS = ['id', 'year', 'q'] as const

export const routes = {
  report: () => PAGES.report,
  /**
   * `p`: the numbered block of the text to show marked (a search result, a shared sentence);
   * `year`: the report's year (left out for 2024, as every link in circulation is).
   */
  section: (id: SectionId, p: number | null = null, year: number = YEAR_OF_LINKS_WITHOUT_ONE) => withQuery(PAGES.section, sectionQuery(id, p, year)),
  corrections: () => PAGES.corrections,
  benefits: () => PAGES.benefits,
  benefit: (id: BenefitId) => withQuery(PAGES.benefit, { id }),
  finder: () => PAGES.finder,
  mine: () => PAGES.mine,
  search: (q = '') => withQuery(PAGES.search, q ? { q } : {}),
  plan: () => PAGES.plan,
  /** 往年报告: an earlier year's report. */
  year: (year: number) => withQuery(PAGES.year, { year: String(year) }),
}

export const APP_NAME = town.appName
