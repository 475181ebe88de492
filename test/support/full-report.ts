// The shipped report with its text joined back in, for tests that check text and figures together.
import report from '../../src/data/report.json'
import reportText from '../../src/data/report-text.json'
import { withQuotes } from '../../src/domain/report/section-figures'
import type { Section } from '../../src/domain/report/types'

type Paragraph = { line: number; text: string }
const text = reportText as Record<string, Paragraph[]>

/**
 * The shipped report with its text, all its figures (the home's package has only the cards') and their
 * quotes joined back in, as the section pages show them.
 */
export const fullReport = {
  ...report,
  sections: report.sections.map((s) => ({ ...s, paragraphs: text[s.id] ?? [], figures: withQuotes(s as Section).figures.map((f) => ({ ...f, quote: f.quote ?? '' })) })),
}
