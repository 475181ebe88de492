import reportTextJson from '../../data/report-text.json'
import type { Edition, Paragraph, ReportText, Section } from './types'
import { report, sectionsOfGroup } from './report'
import { numberedBlocks } from './blocks'
import { linkLine } from '../group-message'
import { lastOf } from '../lists'

/**
 * The newest report's text, as the section and search pages read it (an earlier year's:
 * domain/report/editions.ts; with all its figures and their quotes: domain/report/section-figures.ts).
 */
export const latestText: Edition = { year: report.year, report, text: reportTextJson as ReportText }

/** A section's paragraphs exactly as shipped (empty for an id that has none). */
export function paragraphsOf(section: Pick<Section, 'id'>, edition: Edition = latestText): Paragraph[] {
  return edition.text[section.id] ?? []
}

/**
 * 「复制全文」: heading, the section's paragraphs as the report breaks them (a blank line between, so a
 * chat shows each), where it comes from, and the way to open the page (group-message.ts linkLine).
 */
export function sectionPlainText(section: Section, appName: string, link: string | null, edition: Edition = latestText): string {
  const heading = section.heading ?? section.title
  const source = `——摘自${edition.report.publishedBy}《${edition.report.title}》，${appName}`
  return [heading, ...paragraphsOf(section, edition).map((p) => p.text), source, linkLine(link, appName)].join('\n\n')
}

/** What 朗读 reads on a section page: title, summary, then the text. */
export function readAloudTexts(section: Section, edition: Edition = latestText): string[] {
  return [section.title, section.summary, ...paragraphsOf(section, edition).map((p) => p.text)]
}

/** How many blocks a section shows (what a link's `p` may point to). */
export function blockCountOf(section: Pick<Section, 'id'>, edition: Edition = latestText): number {
  return numberedBlocks(paragraphsOf(section, edition)).reduce((sum, p) => sum + p.blocks.length, 0)
}

/**
 * The chapters an opening section announces: one that is the first of its group and ends 「…以下四个方面
 * 的工作：」 is followed by nothing in its own text, so its page lists the group's other sections.
 */
export function partsAnnouncedBy(section: Section, edition: Edition = latestText): Section[] {
  const last = lastOf(paragraphsOf(section, edition))?.text ?? ''
  const group = edition.report.groups.find((g) => g.id === section.group)
  if (!group || group.sections[0] !== section.id || !/[：:]$/.test(last)) return []
  return sectionsOfGroup(group, edition.report.sections).slice(1)
}
