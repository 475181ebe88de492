import reportJson from '../../data/report.json'
import type { GroupMessage } from '../group-message'
import { CARD_FIGURES } from './card-figures'
import type { Figure, Group, Report, Section, SectionId } from './types'
import { flatMap } from '../lists'

export const report = reportJson as Report

const byId = new Map<string, Section>(report.sections.map((s) => [s.id, s]))

/** A section of the newest report. */
export function isSectionId(value: string): value is SectionId {
  return byId.has(value)
}

/** A section of the newest report, or of another year's (`sections`: that year's). */
export function findSection(id: string, sections: Section[] = report.sections): Section | null {
  return sections === report.sections ? (byId.get(id) ?? null) : (sections.find((s) => s.id === id) ?? null)
}

/** A group's sections, of the newest report or of another year's (`sections`: that year's). */
export function sectionsOfGroup(group: Group, sections: Section[] = report.sections): Section[] {
  return group.sections.map((id) => findSection(id, sections)).filter((s): s is Section => Boolean(s))
}

export interface Neighbours {
  previous: Section | null
  next: Section | null
}

export function neighboursOf(id: SectionId, sections: Section[] = report.sections): Neighbours {
  const i = sections.findIndex((s) => s.id === id)
  return { previous: sections[i - 1] ?? null, next: sections[i + 1] ?? null }
}

export interface OverviewFigure extends Figure {
  section: Section
  /** The block of the section its sentence starts in: the tile opens the section there. */
  p: number | null
}

export function overviewFigures(): OverviewFigure[] {
  return flatMap(report.overview, ({ section, figure, p }) => {
    const s = byId.get(section)
    const f = s?.figures.find((x) => x.id === figure)
    return s && f ? [{ ...f, section: s, p }] : []
  })
}

/** The figures a section card shows on the home page. */
export function cardFigures(section: Section, count = CARD_FIGURES): Figure[] {
  return section.figures.slice(0, count)
}

export const formatFigure = (f: Pick<Figure, 'value' | 'unit'>): string => `${f.value}${f.unit}`

/** 「发到群里」 on the report home: the one-minute overview, figure by figure. */
export function overviewMessage(): GroupMessage {
  return { head: [`【一分钟看懂】${report.title}`], body: overviewFigures().map((f) => `· ${f.label}：${formatFigure(f)}`) }
}
