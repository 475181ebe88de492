import indexJson from '../../data/benefit-index.json'
import type { BenefitId, BenefitIndex, CategoryId, IndexEntry, IndexTerm, ShippedBenefitIndex, ShippedTerm } from './types'
import type { SectionId } from '../report/types'
import { BENEFIT_IDS } from './types'

// The generated JSON's shape is checked by test/content; tuples widen to arrays on import, hence via unknown.
const shipped = indexJson as unknown as ShippedBenefitIndex

/** A shipped term with its full pinyin ('zhongtian') and initials ('zt') read from its syllables. */
export function unpackTerm([term, kind, syllables]: ShippedTerm): IndexTerm {
  if (syllables === undefined) return [term, kind, term.toLowerCase(), '']
  const parts = syllables.split(' ')
  return [term, kind, parts.join(''), parts.map((p) => p[0]).join('')]
}

/** Each benefit's own search terms, then its category's words it does not already have; its aliases read from its terms. */
export function withCategoryTerms(index: ShippedBenefitIndex): BenefitIndex {
  const wordsOf = new Map(index.categories.map((c) => [c.id, c.terms]))
  return {
    ...index,
    categories: index.categories.map(({ id, name }) => ({ id, name })),
    benefits: index.benefits.map((b) => {
      const own = new Set(b.terms.map(([term]) => term))
      // The list shows the first three other names: the benefit's first alias terms.
      const aliases = b.terms.filter(([, kind]) => kind === 1).map(([term]) => term)
      return { ...b, aliases: aliases.slice(0, 3), terms: [...b.terms, ...(wordsOf.get(b.category) ?? []).filter(([term]) => !own.has(term))].map(unpackTerm) }
    }),
  }
}

/** The light list (names, summaries, search terms) that the list page and search need. */
export const benefitIndex = withCategoryTerms(shipped)

const entryById = new Map<string, IndexEntry>(benefitIndex.benefits.map((b) => [b.id, b]))

export function isBenefitId(value: string): value is BenefitId {
  return (BENEFIT_IDS as readonly string[]).includes(value)
}

export function findEntry(id: string): IndexEntry | null {
  return entryById.get(id) ?? null
}

export interface CategoryWithEntries {
  id: CategoryId
  name: string
  entries: IndexEntry[]
}

export function entriesByCategory(): CategoryWithEntries[] {
  return benefitIndex.categories.map((c) => ({ ...c, entries: benefitIndex.benefits.filter((b) => b.category === c.id) }))
}

export function categoryName(id: CategoryId): string {
  return benefitIndex.categories.find((c) => c.id === id)?.name ?? ''
}

/** The benefits a report section quotes or mentions (the same links the benefit pages use). */
/** Benefits that quote or mention a section: only that year's (the year the benefits quote). */
export function entriesOfSection(section: SectionId, year: number = benefitIndex.reportYear): IndexEntry[] {
  return year === benefitIndex.reportYear ? benefitIndex.benefits.filter((b) => b.sections.includes(section)) : []
}
