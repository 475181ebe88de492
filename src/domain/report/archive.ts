import archiveJson from '../../data/archive.json'
import type { Edition, ReportText } from './types'

/**
 * Earlier years' reports (src/data/archive.json), for the pages that open a given year: a section of
 * that year, 往年报告. Only those pages load it.
 */
const archive = archiveJson as Record<string, { report: Edition['report'] & { year: number }; text: ReportText }>

/** An earlier year's report, or null when the app has none for that year. */
export function archivedEdition(year: number): Edition | null {
  const found = archive[String(year)]
  return found ? { year, report: found.report, text: found.text } : null
}
