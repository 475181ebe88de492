// The shipped report with its text joined back in, for tests that check text and figures together.
import report from '../../src/data/report.json'
import reportText from '../../src/data/report-text.json'

type Paragraph = { line: number; text: string }
const text = reportText as Record<string, Paragraph[]>

export const fullReport = {
  ...report,
  sections: report.sections.map((s) => ({ ...s, paragraphs: text[s.id] ?? [] })),
}
