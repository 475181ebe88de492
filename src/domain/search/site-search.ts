/**
 * The one search box: benefits (src/domain/search/search.ts) and the report's sentences
 * (src/domain/search/report-search.ts) over the shipped data. Loaded with the search page only.
 */
import type { GroupMessage } from '../group-message'
import reportSearchJson from '../../data/report-search.json'
import traditionalJson from '../../data/traditional.json'
import { benefitIndex, findEntry } from '../benefits/benefit-index'
import { findSection, report } from '../report/report'
import { paragraphsOf, partsAnnouncedBy } from '../report/text'
import { searchSentences, splitSentences, type QuestionHints, type ReportHit, type ReportSentence, type VocabularyEntry } from './report-search'
import { BENEFIT_WORDS, hitNote, MAX_PASTE_LENGTH, MAX_QUERY_LENGTH, normalizeQuery, PLAN_WORDS, search, SEPARATOR, type SearchHit } from './search'
import situationsJson from '../../data/situations.json'
import { situationFits, withoutAges, type SituationData } from './situations'
import type { TraditionalTable } from '../reader/script-table'
import type { SectionId } from '../report/types'
import { numberedBlocks } from '../report/blocks'
import { flatMap } from '../lists'

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

/** A benefit found: by its words, or (with `reason`) by the situation the question describes. */
export type SiteBenefitHit = SearchHit & { reason?: string }

export interface SiteResults {
  benefits: SiteBenefitHit[]
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

const situations = situationsJson as unknown as SituationData

/** A benefit the question names: its name or another name of it, typed whole. */
const isNamed = (hit: SiteBenefitHit, query: string) => !hit.reason && hit.matchedKind < 2 && query.includes(hit.matched)

/**
 * The benefits a question asks about: those it names first (「低保」 in a long paste), then those the
 * situation finder gives for the ages and life events it says, with the finder's reason, then the rest.
 */
function benefitsFor(query: string): SiteBenefitHit[] {
  const hits = search(benefitIndex, withoutAges(query))
  // Named ones in the order the question names them.
  const named = hits.filter((hit) => isNamed(hit, query)).sort((a, b) => query.indexOf(a.matched) - query.indexOf(b.matched))
  // A name says what is asked: 「高龄补贴」 is that benefit, not a situation (「高龄」).
  const situation = named.reduce((rest, hit) => rest.split(hit.matched).join(SEPARATOR), query)
  const fits = flatMap(situationFits(situations, situation), ({ benefit, reason }) => {
    const entry = named.some((hit) => hit.entry.id === benefit) ? null : findEntry(benefit)
    return entry ? [{ entry, score: 0, matched: entry.name, matchedKind: 2 as const, reason }] : []
  })
  const listed = new Set([...named, ...fits].map((hit) => hit.entry.id))
  return [...named, ...fits, ...hits.filter((hit) => !listed.has(hit.entry.id))]
}

/**
 * Words that describe a family's situation which neither the report nor its vocabulary uses: they are
 * answered by the benefits, not looked for in pieces in the report (「没收入」 is not 「农民收入」).
 */
const reportText = reportSentences.map((s) => s.text).join(SEPARATOR)
const situationWords = flatMap(situations.answers, (answer) => answer.says ?? []).filter(
  (word) => !reportText.includes(word) && !vocabulary.some(([known]) => known === word),
)

/**
 * What to look for in the report. A question without its ages (「68岁」 is not 「68户」) and without the
 * situation words the report does not use; a paste, only the benefits it names (else the report's words in it).
 */
function reportQueryOf(query: string, benefits: SiteBenefitHit[]): string {
  // A situation's 「有什么补贴」 asks for the benefits listed, not for every sentence with 补贴.
  const answered = benefits.some((hit) => hit.reason) ? [...situationWords, ...BENEFIT_WORDS] : situationWords
  if (query.length <= MAX_QUERY_LENGTH) return answered.reduce((rest, word) => rest.split(word).join(SEPARATOR), withoutAges(query))
  const named = benefits.filter((hit) => isNamed(hit, query)).map((hit) => hit.matched)
  return (named.length ? named : vocabulary.filter(([word]) => query.includes(word)).map(([word]) => word)).join(SEPARATOR)
}

export function searchSite(raw: unknown): SiteResults {
  const query = normalizeQuery(raw, toSimplified, MAX_PASTE_LENGTH)
  const benefits = benefitsFor(query)
  const reportHits = searchSentences(reportSentences, vocabulary, reportQueryOf(query, benefits), toSimplified, hints).map((hit) => {
    const section = sectionTitles.get(hit.sentence.section)!
    return { ...hit, section: section.id, sectionTitle: section.title }
  })
  return { benefits, report: reportHits }
}

/** Why a benefit is listed: the finder's reason for the situation asked about, or the words that matched. */
export const siteHitNote = (hit: SiteBenefitHit): string | null => hit.reason ?? hitNote(hit)

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
