/**
 * The one search box: benefits (src/domain/search.ts) and the report's sentences
 * (src/domain/report-search.ts) over the shipped data. Loaded with the search page only.
 */
import type { GroupMessage } from './group-message'
import reportSearchJson from '../data/report-search.json'
import traditionalJson from '../data/traditional.json'
import { benefitIndex } from './benefits'
import { findSection, report } from './report'
import { paragraphsOf, partsAnnouncedBy } from './report-text'
import { searchSentences, splitSentences, type QuestionHints, type ReportHit, type ReportSentence, type VocabularyEntry } from './report-search'
import { PLAN_WORDS, search, type SearchHit } from './search'
import type { TraditionalTable } from './script-table'
import type { SectionId } from './report-types'
import { numberedBlocks } from './text-blocks'
import { flatMap } from './lists'

const vocabulary = (reportSearchJson as { vocabulary: VocabularyEntry[] }).vocabulary

/** Every sentence of the report, with its section and the numbered block it stands in (a link's `p`). */
export const reportSentences: ReportSentence[] = flatMap(report.sections, (section) =>
  flatMap(numberedBlocks(paragraphsOf(section)), (p) =>
    flatMap(p.blocks, (block) => splitSentences(block.text).map((text) => ({ section: section.id, paragraph: block.n, text }))),
  ),
)

/** Traditional → Simplified for every character the app shows (the 繁體 table read backwards) and the benefit terms. */
const toSimplified: Record<string, string> = {}
for (const [simple, traditional] of Object.entries((traditionalJson as unknown as TraditionalTable).chars)) toSimplified[traditional] = simple
Object.assign(toSimplified, benefitIndex.traditional)

export interface SiteResults {
  benefits: SearchHit[]
  /** Report sentences, each with the section it links to and that section's title. */
  report: (ReportHit & { section: SectionId; sectionTitle: string })[]
}

const sectionTitles = new Map(report.sections.map((s) => [s.id as string, s]))

/** Words that ask what the report plans: the plan chapters come first (report-search.ts QuestionHints). */
const planYear = report.year + 1
/** The plan's chapters: those its opening announces (「以下四个方面」), else every section of the plan. */
function planChapters(): string[] {
  const group = report.groups.find((g) => g.id === report.planGroup)
  const opening = group && findSection(group.sections[0])
  if (!group || !opening) return []
  const announced = partsAnnouncedBy(opening)
  return announced.length ? announced.map((s) => s.id) : group.sections
}

const hints: QuestionHints = {
  planWords: [`${planYear}年`, String(planYear), ...PLAN_WORDS],
  planSections: planChapters(),
}

export function searchSite(query: unknown): SiteResults {
  const reportHits = searchSentences(reportSentences, vocabulary, query, toSimplified, hints).map((hit) => {
    const section = sectionTitles.get(hit.sentence.section)!
    return { ...hit, section: section.id, sectionTitle: section.title }
  })
  return { benefits: search(benefitIndex, query), report: reportHits }
}

/** Words to try when nothing matched: each finds something in the report or the benefits. */
export const SITE_SUGGESTIONS = ['修路', '喝水', '湘黄鸡', '低保', '看病', '光伏', '防溺水', '龙溪桥水库'] as const

/** 「发到群里」 on the search page: the words searched and what they found, policies first. */
export function searchMessage(query: string, results: SiteResults, appName: string): GroupMessage {
  return {
    head: [`在「${appName}」里搜「${query}」，找到：`],
    body: [
      ...results.benefits.slice(0, 5).map((hit) => `· 惠民政策：${hit.entry.name}——${hit.entry.summary}`),
      ...results.report.slice(0, 5).map((hit) => `· 报告里说：${hit.sentence.text}`),
    ],
  }
}
