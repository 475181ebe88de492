import indexJson from '../data/benefit-index.json'
import type { BenefitId, BenefitIndex, CategoryId, IndexEntry } from './benefit-types'
import type { SectionId } from './report-types'
import { BENEFIT_IDS } from './benefit-types'

/** The light list (names, summaries, search terms) that the list page and search need. */
// The generated JSON's shape is checked by test/content; tuples widen to arrays on import, hence via unknown.
export const benefitIndex = indexJson as unknown as BenefitIndex

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
export function entriesOfSection(section: SectionId): IndexEntry[] {
  return benefitIndex.benefits.filter((b) => b.sections.includes(section))
}
