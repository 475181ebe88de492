/**
 * A section's figures as its page shows them: all of them (the home's package has only the cards' and
 * the overview's) with the sentences they come from. Only the section page loads this data.
 */
import reportQuotesJson from '../data/report-quotes.json'
import reportMoreFiguresJson from '../data/report-more-figures.json'
import type { Edition, Section } from './report-types'
import { formatFigure } from './report'
import { latestText } from './report-text'
import type { GroupMessage } from './group-message'

/** The newest report as its section pages read it: text, every figure and every quote. */
export const latestEdition: Edition = { ...latestText, quotes: reportQuotesJson, moreFigures: reportMoreFiguresJson }

/** A section's figures, each with its sentence: the ones the home leaves out put back in their places. */
export function withQuotes(section: Section, edition: Edition = latestEdition): Section {
  const quotes = edition.quotes?.[section.id] ?? {}
  const figures = [...section.figures]
  // Idempotent: a section that already has them all (linkedSection's) is left as it is.
  for (const { at, ...f } of edition.moreFigures?.[section.id] ?? []) if (!figures.some((x) => x.id === f.id)) figures.splice(at, 0, f)
  return { ...section, figures: figures.map((f) => ({ ...f, quote: f.quote ?? quotes[f.id] })) }
}

/** 「发到群里」 on a section page: its title and summary, then each key figure with the sentence it comes from. */
export function sectionMessage(section: Section, edition: Edition = latestEdition): GroupMessage {
  const { figures } = withQuotes(section, edition)
  return {
    head: [`【${section.title}】${edition.report.title}`, section.summary],
    body: figures.map((f) => `· ${f.label}：${formatFigure(f)}。原文：“${f.quote}”`),
  }
}
