/**
 * What each page puts into a WeChat share (title + deep link), in one place beside routes.ts:
 * the wording villagers see in a group chat, and the path that must open the same content.
 */
import type { Benefit } from './domain/benefit-types'
import type { Section } from './domain/report-types'
import { sharePayload, type SharePayload } from './domain/share'
import { PAGES } from './routes'

const REPORT = '花桥镇2024年工作报告'
const BENEFITS = '花桥镇惠民政策'

export const shares = {
  report: (): SharePayload => sharePayload(`一分钟看懂${REPORT}`, PAGES.report),
  /** A missing section shares the report home instead of a broken link; a marked block (`p`) is kept. */
  section: (section: Section | null, p: number | null = null): SharePayload =>
    section
      ? sharePayload(`${section.title}｜${REPORT}`, PAGES.section, p ? { id: section.id, p: String(p) } : { id: section.id })
      : sharePayload(REPORT, PAGES.report),
  corrections: (): SharePayload => sharePayload(`校勘说明｜${REPORT}`, PAGES.corrections),
  benefits: (): SharePayload => sharePayload(`${BENEFITS}：低保、医保、种粮补贴怎么办`, PAGES.benefits),
  /** A missing benefit shares the benefit list instead of a broken link. */
  benefit: (benefit: Pick<Benefit, 'id' | 'name'> | null): SharePayload =>
    benefit ? sharePayload(`${benefit.name}：谁能申请、怎么办｜${BENEFITS}`, PAGES.benefit, { id: benefit.id }) : sharePayload(BENEFITS, PAGES.benefits),
  /** A search shares its words, so the chat opens the same results. */
  search: (query: string): SharePayload =>
    query ? sharePayload(`在花桥镇政务公开里搜「${query.slice(0, 20)}」`, PAGES.search, { q: query.slice(0, 40) }) : sharePayload('搜一搜花桥镇的报告和惠民政策', PAGES.search),
  finder: (): SharePayload => sharePayload('回答几个问题，看看能享受哪些惠民政策｜花桥镇', PAGES.finder),
}
