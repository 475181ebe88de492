import reportTextJson from '../data/report-text.json'
import type { Edition, Paragraph, ReportText, Section } from './report-types'
import { report } from './report'
import { numberedBlocks } from './text-blocks'
import reportQuotesJson from '../data/report-quotes.json'

/** The newest report, as its section pages read it (an earlier year's: domain/editions.ts). */
export const latestEdition: Edition = { year: report.year, report, text: reportTextJson as ReportText, quotes: reportQuotesJson }

/** A section's figures with the sentences they come from, as its page shows them. */
export function withQuotes(section: Section, edition: Edition = latestEdition): Section {
  const quotes = edition.quotes?.[section.id] ?? {}
  return { ...section, figures: section.figures.map((f) => ({ ...f, quote: f.quote ?? quotes[f.id] })) }
}

/** A section's paragraphs exactly as shipped (empty for an id that has none). */
export function paragraphsOf(section: Pick<Section, 'id'>, edition: Edition = latestEdition): Paragraph[] {
  return edition.text[section.id] ?? []
}

/** 「复制全文」: heading, the section's text, where it comes from. */
export function sectionPlainText(section: Section, appName: string, edition: Edition = latestEdition): string {
  const heading = section.heading ?? section.title
  const source = `——摘自${edition.report.publishedBy}《${edition.report.title}》，${appName}`
  return [heading, ...paragraphsOf(section, edition).map((p) => p.text), source].join('\n')
}

/** What 朗读 reads on a section page: title, summary, then the text. */
export function readAloudTexts(section: Section, edition: Edition = latestEdition): string[] {
  return [section.title, section.summary, ...paragraphsOf(section, edition).map((p) => p.text)]
}

/** How many blocks a section shows (what a link's `p` may point to). */
export function blockCountOf(section: Pick<Section, 'id'>, edition: Edition = latestEdition): number {
  return numberedBlocks(paragraphsOf(section, edition)).reduce((sum, p) => sum + p.blocks.length, 0)
}
