import indexJson from '../data/benefit-index.json'
import type { BenefitId, BenefitIndex, CategoryId, IndexEntry } from './benefit-types'
import { BENEFIT_IDS } from './benefit-types'

/** The light list (names, summaries, search terms) that the list page and search need. */
export const benefitIndex = indexJson as BenefitIndex

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
