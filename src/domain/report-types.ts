/** Shapes of the generated report JSON (src/data/report.json, report-text.json, corrections.json). */

export const SECTION_IDS = [
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
export type SectionId = (typeof SECTION_IDS)[number]

export const GROUP_IDS = ['review-2024', 'problems', 'plan-2025'] as const
export type GroupId = (typeof GROUP_IDS)[number]

export interface Figure {
  id: string
  value: string
  unit: string
  label: string
  /** The exact fragment of the section's text the figure comes from. */
  quote: string
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
  overview: { section: SectionId; figure: string }[]
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
