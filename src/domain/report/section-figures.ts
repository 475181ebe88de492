/**
 * A section's figures as its page shows them: all of them (the home's package has only the cards' and
 * the overview's) with the sentences they come from. Only the section page loads this data.
 */
import reportQuotesJson from '../../data/report-quotes.json'
import reportMoreFiguresJson from '../../data/report-more-figures.json'
import type { Edition, Section } from './types'
import { formatFigure } from './report'
import { latestText } from './text'
import type { GroupMessage } from '../group-message'

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

/** A figure's topic: the first word of its id (road-longhai, road-length → road; dibao → dibao). */
const topicOf = (figure: { id: string }) => figure.id.split('-')[0]

/**
 * Characters that say nothing of a topic: those every label uses (发放…, …总投资, …人员) and a summary's
 * own verbs and adverbs (按时, 推动, 帮大家, 抗).
 */
const PLAIN = /[发放人员的和及与总投资建设工程个名元万年月日后按时推动帮大家抗]/

/** The characters of a figure's label that a phrase uses: 「三路」建设 → 路 for 「修路建广场」. */
const shared = (figure: { label: string }, phrase: string) =>
  [...new Set([...figure.label])].filter((ch) => /[\u4e00-\u9fa5]/.test(ch) && !PLAIN.test(ch) && phrase.includes(ch))

/**
 * The order a section's figures go into its message, which keeps lines from the top. First, phrase by
 * phrase of the summary (「修路建广场」, 「高龄」 …), the figures that say what the phrase names: the one
 * that shares most of its words, then any that shares words the first does not (the square and a
 * road), one figure per topic (road-longhai, road-length → road); then the rest in the report's
 * order. What falls off the end is then a second figure of a topic, or one the summary does not name.
 */
export function messageOrder<F extends { id: string; label: string }>(figures: readonly F[], summary: string): F[] {
  const named: F[] = []
  for (const phrase of summary.split(/[，、。；：]/).filter(Boolean)) {
    const covered = new Set<string>()
    for (;;) {
      const fresh = (f: F) => shared(f, phrase).filter((ch) => !covered.has(ch)).length
      const topics = new Set(named.map(topicOf))
      const next = figures.filter((f) => !topics.has(topicOf(f))).reduce<F | null>((best, f) => (fresh(f) > (best ? fresh(best) : 0) ? f : best), null)
      if (!next) break
      named.push(next)
      for (const ch of shared(next, phrase)) covered.add(ch)
    }
  }
  return [...named, ...figures.filter((f) => !named.includes(f))]
}

/**
 * 「发到群里」 on a section page: its title and summary, then each key figure with the sentence it comes
 * from, the topics the summary names first (messageOrder).
 */
export function sectionMessage(section: Section, edition: Edition = latestEdition): GroupMessage {
  const { figures } = withQuotes(section, edition)
  return {
    head: [`【${section.title}】${edition.report.title}`, section.summary],
    body: messageOrder(figures, section.summary).map((f) => `· ${f.label}：${formatFigure(f)}。原文：“${f.quote}”`),
  }
}
