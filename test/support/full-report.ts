// The shipped report with its text joined back in, for tests that check text and figures together.
import report from '../../src/data/report.json'
import reportText from '../../src/data/report-text.json'
import reportQuotes from '../../src/data/report-quotes.json'

type Paragraph = { line: number; text: string }
const text = reportText as Record<string, Paragraph[]>
const quotes = reportQuotes as Record<string, Record<string, string>>

/** The shipped report with its text and its figures' quotes joined back in (they ship apart from the cards). */
export const fullReport = {
  ...report,
  sections: report.sections.map((s) => ({ ...s, paragraphs: text[s.id] ?? [], figures: s.figures.map((f) => ({ ...f, quote: quotes[s.id][f.id] })) })),
}
