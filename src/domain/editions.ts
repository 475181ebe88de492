import type { Edition } from './report-types'
import { latestEdition } from './report-text'
import { archivedEdition } from './archive'

/** A year's report, the newest or an earlier one, or null when the app has none for that year. */
export function editionOf(year: number): Edition | null {
  return year === latestEdition.year ? latestEdition : archivedEdition(year)
}
