import reportJson from '../data/report.json'
import type { Figure, Group, Report, Section, SectionId } from './report-types'
import { SECTION_IDS } from './report-types'

export const report = reportJson as Report

const byId = new Map<string, Section>(report.sections.map((s) => [s.id, s]))

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value)
}

export function findSection(id: string): Section | null {
  return byId.get(id) ?? null
}

export function sectionsOfGroup(group: Group): Section[] {
  return group.sections.map((id) => byId.get(id)).filter((s): s is Section => Boolean(s))
}

export interface Neighbours {
  previous: Section | null
  next: Section | null
}

export function neighboursOf(id: SectionId): Neighbours {
  const i = report.sections.findIndex((s) => s.id === id)
  return { previous: report.sections[i - 1] ?? null, next: report.sections[i + 1] ?? null }
}

export interface OverviewFigure extends Figure {
  section: Section
}

export function overviewFigures(): OverviewFigure[] {
  return report.overview.flatMap(({ section, figure }) => {
    const s = byId.get(section)
    const f = s?.figures.find((x) => x.id === figure)
    return s && f ? [{ ...f, section: s }] : []
  })
}

/** The figures a section card shows on the home page. */
export function cardFigures(section: Section, count = 3): Figure[] {
  return section.figures.slice(0, count)
}

export const formatFigure = (f: Pick<Figure, 'value' | 'unit'>): string => `${f.value}${f.unit}`
