/** Shapes of the generated benefits JSON (src/data/benefits.json, benefit-index.json, finder.json). */
import type { SectionId } from '../report/types'

/** Public contract: shared links depend on these ids. Never rename one. */
export const BENEFIT_IDS = [
  'farmland-subsidy',
  'rice-subsidy',
  'cotton-subsidy',
  'dibao',
  'tekun',
  'temporary-relief',
  'elderly-allowance',
  'orphan',
  'disability-living',
  'disability-care',
  'medical-insurance',
  'medical-assistance',
  'poverty-monitoring',
  'yulu',
  'housing-repair',
  'toilet-renovation',
  'drinking-water',
  'disaster-relief',
  'public-welfare-jobs',
  'employment-aid',
  'industry-support',
  'pension',
  'childcare-subsidy',
] as const
export type BenefitId = (typeof BENEFIT_IDS)[number]

export const CATEGORY_IDS = ['farming', 'assistance', 'elderly-disabled', 'health', 'work-poverty', 'housing', 'family'] as const
export type CategoryId = (typeof CATEGORY_IDS)[number]

export const CONTACT_IDS = [
  'village',
  'town',
  'county-civil-affairs',
  'county-medical-insurance',
  'county-emergency',
  'county-disabled',
  'county-agriculture',
  'county-human-resources',
  'employment-service',
  'hotline-12345',
  'hotline-12314',
  'hotline-12393',
] as const
export type ContactId = (typeof CONTACT_IDS)[number]

/** A statement with where it comes from (null: practical advice that states no fact). */
export interface Cited {
  text: string
  source: string | null
  /** The day its source was last checked (YYYY-MM-DD); null with no source. */
  checked: string | null
}

/** A national figure (what you get, or what you pay) for one year. */
export interface YearFigure extends Cited {
  year: number
}

export interface Contact {
  name: string
  detail: string
  /** What the contact is for on a page whose benefit does not rest on the rule `detail` cites; no source. */
  generalDetail?: string | null
  phone: string | null
  source: string | null
  checked: string | null
}

export interface ReportedFigure {
  /** The year of the report quoted (the newest reviewed one when the content was built). */
  year: number
  section: SectionId
  /** The shown block of the section its sentence starts in (the link's `p`). */
  p: number | null
  sectionTitle: string
  value: string
  unit: string
  label: string
  quote: string
}

export interface ReportMention {
  year: number
  section: SectionId
  p: number | null
  sectionTitle: string
  quote: string
}

export interface Benefit {
  id: BenefitId
  name: string
  aliases: string[]
  category: CategoryId
  summary: string
  eligibility: Cited[]
  benefits: Cited[]
  /** 「本地金额：…」 where no applicable figure gives the whole amount; null where one does (育儿补贴). */
  localStandard: string | null
  nationalFigures: YearFigure[]
  /** Hunan's own figures that apply (a provincial floor), each with its year. */
  provinceFigures: YearFigure[]
  /**
   * Dated reference figures (湖南全省平均, the county's 2020 standard), shown only after the line that says
   * this year's local standard is not known, under 「参考」 (policy-facts.md 「怎么展示参考数字」).
   */
  referenceFigures: YearFigure[]
  /** What a villager pays each year (医保): national figures by the year they pay for. */
  contributions: YearFigure[]
  /** Headings a benefit words its own way: `get` for 「能领到什么」 (医保: 「看病能报多少」). */
  blockTitles: { get?: string }
  steps: Cited[]
  /** 「在手机上交」: the channels in WeChat, where the policy facts name them. */
  onPhone: Cited[]
  documents: Cited[]
  contacts: ContactId[]
  legalBasis: { title: string; number: string | null; source: string | null }[]
  reported: ReportedFigure[]
  mentions: ReportMention[]
  notes: string[]
}

/**
 * src/data/benefits.json as it ships: each statement's `source` is its place in `sources`, and the one
 * day the policy facts were checked is `checked` (scripts/content/derive-benefits.mjs packBenefits).
 */
export interface PackedBenefitsData extends Omit<BenefitsData, 'benefits'> {
  sources: string[]
  checked: string | null
  /** The title of each section the benefits quote, by year and section id. */
  sectionTitles: Record<number, Record<string, string>>
  /** What a benefit says unless it says otherwise: empty lists and the usual 本地金额 line, shipped once. */
  defaults: Pick<PackedBenefit, Defaulted>
  benefits: (Omit<PackedBenefit, Defaulted> & Partial<Pick<PackedBenefit, Defaulted>>)[]
}
type PackedBenefit = Omit<Benefit, PackedList | 'legalBasis' | 'reported' | 'mentions'> &
  Record<PackedList, (Omit<Cited, 'source' | 'checked'> & { source: number | null; year?: number })[]> & {
    legalBasis: { title: string; number: string | null; source: number | null }[]
    reported: Omit<ReportedFigure, 'sectionTitle'>[]
    mentions: Omit<ReportMention, 'sectionTitle'>[]
  }
type Defaulted = PackedList | 'legalBasis' | 'reported' | 'mentions' | 'notes' | 'aliases' | 'localStandard' | 'blockTitles'
type PackedList = 'eligibility' | 'benefits' | 'nationalFigures' | 'provinceFigures' | 'referenceFigures' | 'contributions' | 'steps' | 'onPhone' | 'documents'

export interface BenefitsData {
  contacts: Record<ContactId, Contact>
  benefits: Benefit[]
  /** The year of the report the benefits quote (「…2024年做了什么」). */
  reportYear: number
}

/** [term, kind, pinyin, initials]; kind: 0 official name, 1 alias, 2 need word, 3 category word. */
export type IndexTerm = [string, 0 | 1 | 2 | 3, string, string]

export interface IndexEntry {
  id: BenefitId
  name: string
  category: CategoryId
  summary: string
  aliases: string[]
  sections: SectionId[]
  terms: IndexTerm[]
}

/**
 * A term as shipped: [term, kind, its pinyin syllables 'zhong tian']: the full pinyin and the initials
 * are both read from the syllables as the app loads (domain/benefits/benefit-index.ts). No syllables: not all Han.
 */
export type ShippedTerm = [string, 0 | 1 | 2 | 3, string?]

/** benefit-index.json as shipped: a category's words once, with the category, not with each benefit; terms packed. */
export interface ShippedBenefitIndex extends Omit<BenefitIndex, 'categories' | 'benefits'> {
  categories: { id: CategoryId; name: string; terms: ShippedTerm[] }[]
  benefits: (Omit<IndexEntry, 'terms' | 'aliases'> & { terms: ShippedTerm[] })[]
}

export interface BenefitIndex {
  categories: { id: CategoryId; name: string }[]
  benefits: IndexEntry[]
  /** Traditional → Simplified for the characters the index uses. */
  traditional: Record<string, string>
  /** The year of the report whose sections `sections` name. */
  reportYear: number
}

export interface FinderQuestion {
  id: string
  text: string
  hint?: string
  multiple: boolean
  answers: { id: string; text: string }[]
  /** The label of the "none of these" answer. */
  none: string
}

export interface FinderRule {
  benefit: BenefitId
  /** Every group needs at least one selected answer. */
  when: string[][]
  reason: string
}

export interface FinderData {
  questions: FinderQuestion[]
  rules: FinderRule[]
  always: { benefit: BenefitId; reason: string }[]
}
