/**
 * Search over the report's sentences. A villager types what they care about — 修路, 喝水, 湘黄鸡, the
 * name of their village, a sentence from WeChat's voice input, pinyin — and gets the sentences that
 * say it, with the words that matched. Pure and bounded: any input returns quickly.
 */
import { MAX_QUERY_LENGTH, normalizeQuery } from './search'

/** [word, full pinyin, initials, report terms it stands for (none: the word itself is in the report)]. */
export type VocabularyEntry = [string, string, string, string[]]

export interface ReportSentence {
  section: string
  /** The 1-based number of the shown text block (domain/text-blocks.ts numberedBlocks) it stands in: a section link's `p`. */
  paragraph: number
  text: string
}

export interface ReportHit {
  sentence: ReportSentence
  score: number
  /** [start, end) character ranges of the sentence that matched, in order, not overlapping. */
  marks: [number, number][]
}

export const MAX_REPORT_HITS = 30

/** Sentences end at 。！？；: the unit a villager reads in a result. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？；]+[。！？；]?/g) ?? []).map((s) => s.trim()).filter(Boolean)
}

/** Words that carry no subject in a spoken question (「我们村修路的事」 → 修路). */
const FILLERS = ['我们', '咱们', '我家', '你们', '他们', '请问', '想问', '问一下', '一下', '有没有', '是不是', '怎么样', '怎么', '什么', '事情', '情况', '那个', '这个', '关于', '还有', '的', '了', '吗', '呢', '啊', '吧', '呀', '事']

interface Term {
  text: string
  /** Whole words count fully; pairs of characters from an unknown phrase count half. */
  weight: number
}

const SEPARATOR = '|'

/** What to look for: report words behind the villager's words, pinyin resolved, filler dropped. */
export function queryTerms(query: string, vocabulary: VocabularyEntry[], reportText: string): Term[] {
  const terms = new Map<string, number>()
  const add = (text: string, weight: number) => terms.set(text, Math.max(weight, terms.get(text) ?? 0))
  const addEntry = ([word, , , targets]: VocabularyEntry) => {
    if (targets.length === 0) add(word, 1)
    for (const target of targets) add(target, 1)
  }

  // Pinyin or initials, whole or begun (two letters at least): longhai, lhc, xhj.
  for (const latin of query.match(/[a-z]{2,}/g) ?? []) {
    for (const entry of vocabulary) {
      const [, full, initials] = entry
      if (full.startsWith(latin) || initials.startsWith(latin)) addEntry(entry)
    }
  }

  let han = query.replace(/[a-z]+/g, SEPARATOR)
  for (const entry of [...vocabulary].sort((a, b) => b[0].length - a[0].length)) {
    if (han.includes(entry[0])) {
      addEntry(entry)
      han = han.split(entry[0]).join(SEPARATOR)
    }
  }
  for (const filler of FILLERS) han = han.split(filler).join(SEPARATOR)
  const runs = han.split(SEPARATOR).filter(Boolean)
  for (const run of runs) {
    // One character says little: only a lone Han character typed on its own (「桥」) is looked for.
    if (run.length === 1 && (run !== query || !/[\u3400-\u9fff]/.test(run))) continue
    if (reportText.includes(run)) add(run, 1)
    else for (let i = 0; i + 2 <= run.length; i++) if (reportText.includes(run.slice(i, i + 2))) add(run.slice(i, i + 2), 0.5)
  }
  return [...terms].map(([text, weight]) => ({ text, weight }))
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** The sentences that say what the query asks, best first (then in reading order). */
export function searchSentences(sentences: ReportSentence[], vocabulary: VocabularyEntry[], rawQuery: unknown, traditional: Record<string, string>): ReportHit[] {
  const query = normalizeQuery(rawQuery, traditional).slice(0, MAX_QUERY_LENGTH)
  if (!query) return []
  const reportText = sentences.map((s) => s.text).join(SEPARATOR)
  const terms = queryTerms(query, vocabulary, reportText)
  if (!terms.length) return []
  const hits: ReportHit[] = []
  for (const sentence of sentences) {
    let score = 0
    const ranges: [number, number][] = []
    for (const term of terms) {
      let at = sentence.text.indexOf(term.text)
      if (at === -1) continue
      score += term.weight * term.text.length
      while (at !== -1) {
        ranges.push([at, at + term.text.length])
        at = sentence.text.indexOf(term.text, at + term.text.length)
      }
    }
    if (score >= 1) hits.push({ sentence, score, marks: mergeRanges(ranges) })
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, MAX_REPORT_HITS)
}

/** A sentence cut into plain and matched pieces, for display. */
export function markedPieces(hit: ReportHit): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = []
  let at = 0
  for (const [start, end] of hit.marks) {
    if (start > at) pieces.push({ text: hit.sentence.text.slice(at, start), marked: false })
    pieces.push({ text: hit.sentence.text.slice(start, end), marked: true })
    at = end
  }
  if (at < hit.sentence.text.length) pieces.push({ text: hit.sentence.text.slice(at), marked: false })
  return pieces
}
