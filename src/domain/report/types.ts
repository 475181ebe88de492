/** Shapes of the generated report JSON (src/data/report.json, report-text.json, corrections.json). */

/**
 * The 2024 report's section ids: the links in circulation (WeChat groups) depend on them, so they are
 * a public contract, kept in its structure.json forever. Another year's report has ids of its own
 * (its structure.json); a link names its year (routes.ts), so ids are plain strings, checked against
 * that year's sections.
 */
export const SECTION_IDS_2024 = [
  'intro',
  'party-building',
  'economy',
  'rural-revitalization',
  'livelihood',
  'safety-governance',
  'problems',
  'plan-overview',
  'plan-economy',
  'plan-revitalization',
  'plan-safety',
  'plan-livelihood',
] as const
export type SectionId = string

export type GroupId = string

export interface Figure {
  id: string
  value: string
  unit: string
  label: string
  /**
   * The exact fragment of the section's text the figure comes from. The newest report's cards
   * (report.json, the first screen) leave it out: it ships with the text (report-quotes.json), and
   * withQuotes() puts it back where a page shows it.
   */
  quote?: string
  /** Year on year: the same measure in earlier years' reports (content: the same `measures` key), oldest first. */
  history?: { year: number; section: SectionId; value: string; unit: string; quote: string }[]
}

export interface Paragraph {
  /** Line number in the published report (content/reports/2024/source.txt). */
  line: number
  text: string
}

export interface Section {
  id: SectionId
  group: GroupId
  title: string
  heading: string | null
  headingLine: number | null
  summary: string
  figures: Figure[]
}

/** The full text, by section (src/data/report-text.json): only section pages load it. */
export type ReportText = Record<SectionId, Paragraph[]>

/** One year's report as its section pages read it: the cards and the full text. */
export interface Edition {
  year: number
  report: Pick<Report, 'title' | 'issuer' | 'publishedBy' | 'groups' | 'sections'>
  text: ReportText
  /** Each figure's quote by section and figure id, where the cards leave them out (the newest report). */
  quotes?: Record<SectionId, Record<string, string>>
  /** The newest report's figures the home does not show, each with its place (`at`) in its section's list. */
  moreFigures?: Record<SectionId, (Figure & { at: number })[]>
}

export interface Group {
  id: GroupId
  title: string
  heading: string
  line: number
  sections: SectionId[]
}

export interface Report {
  title: string
  issuer: string
  signature: string
  publishedBy: string
  /** When this app's copy of the content was last edited (YYYY-MM-DD). */
  updated: string
  lineCount: number
  groups: Group[]
  /** The home's one-minute tiles; `p`: the block the figure's sentence starts in (null: none found). */
  overview: { section: SectionId; figure: string; p: number | null }[]
  sections: Section[]
  /** The year this report sums up (2024 for the 2024 work summary with its 2025 plan). */
  year: number
  /** Not yet reviewed (npm run report:add): npm start shows it, marked; production builds refuse it. */
  draft: boolean
  /** Every year's report the app has, newest first. */
  years: { year: number; title: string; draft: boolean }[]
  /** The group holding this report's plan for the next year, where the home links to 「去年说要做的事」. */
  planGroup: GroupId | null
}

export const CORRECTION_KINDS = ['script', 'conversion', 'wording', 'placeholder', 'privacy', 'punctuation', 'removal'] as const
export type CorrectionKind = (typeof CORRECTION_KINDS)[number]

export interface Correction {
  kind: CorrectionKind
  line: number
  section: SectionId | null
  offset: number
  /** The original characters; empty for a withheld name (kind 'privacy'), which is never published. */
  before: string
  /** For a withheld name: how many characters of the original it replaced. */
  withheld?: number
  after: string
  contextBefore: string
  contextAfter: string
}

export interface PunctuationCorrections {
  line: number
  section: SectionId | null
  offsets: number[]
  before: string
  after: string
}

export interface Corrections {
  kinds: Record<CorrectionKind, { name: string; why: string }>
  changes: Correction[]
  punctuation: PunctuationCorrections[]
}
