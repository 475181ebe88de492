/**
 * What each page puts into a WeChat share (title + deep link + the card's picture), in one place beside
 * routes.ts: the wording villagers see in a group chat, and the path that must open the same content.
 */
import type { Benefit } from './domain/benefits/types'
import type { Section } from './domain/report/types'
import { report } from './domain/report/report'
import { sharePayload, type SharePayload } from './domain/share/share'
import { shareCard } from './domain/share/card'
import { PAGES, sectionQuery } from './routes'
import { town } from './domain/town'

/** The report as villagers name it: town, year, 工作报告. */
const reportName = (year: number) => `${town.town}${year}年工作报告`
const REPORT = reportName(report.year)
const BENEFITS = `${town.town}惠民政策`
const BENEFITS_LINE = '低保、医保、种粮补贴：谁能申请、怎么办、问谁'
const introSummary = report.sections.find((s) => s.id === 'intro')?.summary ?? ''

const reportShare = (title: string) => sharePayload(title, PAGES.report, {}, shareCard(report.title, introSummary))
const benefitsShare = (title: string) => sharePayload(title, PAGES.benefits, {}, shareCard(BENEFITS, BENEFITS_LINE))

export const shares = {
  report: (): SharePayload => reportShare(`一分钟看懂${REPORT}`),
  /** A missing section shares the report home instead of a broken link; a marked block (`p`) and the year are kept. */
  section: (section: Section | null, p: number | null = null, year: number = report.year): SharePayload =>
    section
      ? sharePayload(
          `${section.title}｜${reportName(year)}`,
          PAGES.section,
          sectionQuery(section.id, p, year),
          shareCard(section.title, section.summary, section.figures),
        )
      : reportShare(REPORT),
  corrections: (): SharePayload =>
    sharePayload(`校勘说明｜${REPORT}`, PAGES.corrections, {}, shareCard('校勘说明', '报告原文的错字、乱码和模板占位怎么整理的，每一处都列出来；数字一个没改。')),
  benefits: (): SharePayload => benefitsShare(`${BENEFITS}：低保、医保、种粮补贴怎么办`),
  /**
   * A benefit's card says what it is and who gets it (its summary), not a count of recipients: the
   * family member who receives it wants to know whether to ask. A missing benefit shares the benefit list.
   */
  benefit: (benefit: Pick<Benefit, 'id' | 'name' | 'summary'> | null): SharePayload =>
    benefit
      ? sharePayload(`${benefit.name}：谁能申请、怎么办｜${BENEFITS}`, PAGES.benefit, { id: benefit.id }, shareCard(benefit.name, benefit.summary))
      : benefitsShare(BENEFITS),
  /** A search shares its words, so the chat opens the same results. */
  search: (query: string): SharePayload =>
    query
      ? sharePayload(`在${town.town}政务公开里搜「${query.slice(0, 20)}」`, PAGES.search, { q: query.slice(0, 40) }, shareCard(`搜「${query.slice(0, 20)}」`, `在${town.town}的工作报告和惠民政策里找`))
      : sharePayload(`搜一搜${town.town}的报告和惠民政策`, PAGES.search, {}, shareCard('搜一搜', `在${town.town}的工作报告和惠民政策里找`)),
  /** 「去年说要做的事」: `planYear` the year planned (the page passes it: the plan data stays out of the main package). */
  plan: (planYear: number | null): SharePayload => {
    const title = planYear ? `${planYear}年说要做的事，办得怎么样` : '去年说要做的事'
    return sharePayload(`${title}｜${town.town}`, PAGES.plan, {}, shareCard(title, '计划里的每一件事，对照第二年的工作总结：做到了、在做，还是报告没提'))
  },
  /** 往年报告: an earlier year's report (null: the year is not in the app, share the home). */
  year: (edition: { year: number; title: string } | null): SharePayload =>
    edition ? sharePayload(`${edition.title}｜${town.appName}`, PAGES.year, { year: String(edition.year) }, shareCard(edition.title, `${town.town}${edition.year}年的工作报告，分章看`)) : reportShare(REPORT),
  finder: (): SharePayload =>
    sharePayload(`回答几个问题，看看能享受哪些惠民政策｜${town.town}`, PAGES.finder, {}, shareCard('看看能享受哪些惠民政策', '回答几个问题，列出可能适合你家的政策和去哪里问')),
}
