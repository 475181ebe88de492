import correctionsJson from '../../data/corrections.json'
import type { Correction, CorrectionKind, Corrections } from './types'
import { CORRECTION_KINDS } from './types'
import { findSection, report } from './report'

export const corrections = correctionsJson as Corrections

export interface CorrectionGroup {
  kind: CorrectionKind
  name: string
  why: string
  /** How many places changed; null when the change applies to the whole text (繁→简). */
  count: number | null
  /** Individual changes worth listing one by one (punctuation is only counted). */
  items: (Correction & { where: string })[]
  /** The same changes, one entry per place (a section, 封面, 文末) in reading order: one card each. */
  places: { where: string; items: Correction[] }[]
}

function byPlace(items: (Correction & { where: string })[]): CorrectionGroup['places'] {
  const places: CorrectionGroup['places'] = []
  for (const { where, ...item } of items) {
    const last = places[places.length - 1]
    if (last?.where === where) last.items.push(item)
    else places.push({ where, items: [item] })
  }
  return places
}

/** Where in the report a change was made: its section, else 封面, 文末 or the line number. */
export const correctionPlace = (c: { section: string | null; line: number }) => {
  const section = c.section ? findSection(c.section) : null
  return section ? section.title : c.line <= 2 ? '封面' : c.line >= report.lineCount - 1 ? '文末' : `第${c.line}行`
}

/** The 校勘说明 page: one group per kind of change, in a fixed order. */
export function correctionGroups(): CorrectionGroup[] {
  return CORRECTION_KINDS.map((kind) => {
    const meta = corrections.kinds[kind]
    if (kind === 'punctuation') {
      const count = corrections.punctuation.reduce((n, p) => n + p.offsets.length, 0)
      return { kind, ...meta, count, items: [], places: [] }
    }
    const items = corrections.changes.filter((c) => c.kind === kind).map((c) => ({ ...c, where: correctionPlace(c) }))
    return { kind, ...meta, count: kind === 'script' ? null : items.length, items, places: byPlace(items) }
  })
}

/**
 * How one change reads on the 校勘说明 page: the original characters as they are (that is the point),
 * except a withheld name, which is never shown again.
 */
export function describeChange(item: Correction, t: (text: string) => string): string {
  if (item.withheld) return `${t('原文是群众的姓名')} → ${t('改为')}「${item.after}」`
  return item.after ? `${t('原文')}「${item.before}」→ ${t('改为')}「${item.after}」` : `${t('删去')}「${item.before}」`
}
