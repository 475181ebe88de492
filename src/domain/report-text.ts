import reportTextJson from '../data/report-text.json'
import type { Paragraph, ReportText, Section } from './report-types'
import { report } from './report'
import { numberedBlocks } from './text-blocks'

const reportText = reportTextJson as ReportText

/** A section's paragraphs exactly as shipped (empty for an id that has none). */
export function paragraphsOf(section: Pick<Section, 'id'>): Paragraph[] {
  return reportText[section.id] ?? []
}

/** 「复制全文」: heading, the section's text, where it comes from. */
export function sectionPlainText(section: Section, appName: string): string {
  const heading = section.heading ?? section.title
  return [heading, ...paragraphsOf(section).map((p) => p.text), `——摘自${report.publishedBy}《${report.title}》，${appName}`].join('\n')
}

/** What 朗读 reads on a section page: title, summary, then the text. */
export function readAloudTexts(section: Section): string[] {
  return [section.title, section.summary, ...paragraphsOf(section).map((p) => p.text)]
}

/** How many blocks a section shows (what a link's `p` may point to). */
export function blockCountOf(section: Pick<Section, 'id'>): number {
  return numberedBlocks(paragraphsOf(section)).reduce((sum, p) => sum + p.blocks.length, 0)
}
