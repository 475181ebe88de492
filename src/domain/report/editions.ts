import type { Edition, Section } from './types'
import { latestEdition, withQuotes } from './section-figures'
import { archivedEdition } from './archive'
import { findSection } from './report'
import { cleanIdParam } from '../route-params'

/** A year's report, the newest or an earlier one, or null when the app has none for that year. */
export function editionOf(year: number): Edition | null {
  return year === latestEdition.year ? latestEdition : archivedEdition(year)
}

/**
 * The section a link names (its raw `id`) in its year's report, with its figures' quotes, or null
 * for a year the app lacks or an id that year does not have (never throws on a mangled link).
 */
export function linkedSection(year: number, rawId: unknown): { edition: Edition; section: Section } | null {
  const edition = editionOf(year)
  const id = cleanIdParam(rawId)
  const found = edition && id ? findSection(id, edition.report.sections) : null
  return edition && found ? { edition, section: withQuotes(found, edition) } : null
}
