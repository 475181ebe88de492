/**
 * Search over the report's sentences. A villager types what they care about — 修路, 喝水, 湘黄鸡, the
 * name of their village, a sentence from WeChat's voice input, pinyin — and gets the sentences that
 * say it, with the words that matched. Pure and bounded: any input returns quickly.
 */
import { BENEFIT_WORDS, MAX_PASTE_LENGTH, MAX_QUERY_LENGTH, normalizeQuery, SEPARATOR, STOPWORDS } from './search'
import { flatMap, stableSort } from '../lists'

/** [word, full pinyin, initials, report terms it stands for (none: the word itself is in the report)]. */
export type VocabularyEntry = [string, string, string, string[]]

export interface ReportSentence {
  section: string
  /** The 1-based number of the shown text block (domain/report/blocks.ts numberedBlocks) it stands in: a section link's `p`. */
  paragraph: number
  text: string
}

export interface ReportHit {
  sentence: ReportSentence
  score: number
  /** [start, end) character ranges of the sentence that matched, in order, not overlapping. */
  marks: [number, number][]
  /**
   * The next sentence, when it carries the figure this one is about (「…医保…征缴工作」 then
   * 「…征缴率65.06%…」): it has a number, shares a word with the hit, and matched nothing itself.
   */
  follow?: string
}

/** What a question asks beyond its words: the plan (计划、准备、明年 or the plan's year), an amount, an area. */
export interface QuestionHints {
  /** Words that ask what is planned, the plan's year among them (「2025年」). */
  planWords: readonly string[]
  /** The plan chapters, in reading order. */
  planSections: readonly string[]
}

/** Words that ask how much money (and how often it comes): sentences with an amount in 元 come first. */
const AMOUNT_WORDS = ['多少钱', '多少元', '多少', '钱', '每个月', '一个月', '每月', '每年', '一年']
const AMOUNT = /\d[\d.]*(余|多)?万?(余|多)?元/
/** Words that ask per area: only sentences with 亩; asked with an amount, only what was paid out per area. */
const AREA_WORDS = ['一亩', '每亩', '亩']
/** A sentence that says money was paid out (not a profit, not an investment). */
const PAID_OUT = /发放|补贴|补助|奖补/
const HINT_BOOST = 3

export const MAX_REPORT_HITS = 30

/** Sentences end at 。！？；: the unit a villager reads in a result. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？；]+[。！？；]?/g) ?? []).map((s) => s.trim()).filter(Boolean)
}

/** Words that carry no subject in a spoken question (「我们村修路的事」 → 修路): the benefit search's, and more. */
const FILLERS = [...STOPWORDS, '你们', '他们', '问一下', '事情', '情况', '那个', '这个', '关于', '还有', '的', '了', '事']

interface Term {
  text: string
  /** Whole words count fully; pairs of characters from an unknown phrase count half. */
  weight: number
}


/** What to look for: report words behind the villager's words, pinyin resolved, filler dropped. */
export function queryTerms(query: string, vocabulary: VocabularyEntry[], reportText: string): Term[] {
  // A paste is read for the words the vocabulary knows and its numbers, never in pieces.
  const paste = query.length > MAX_QUERY_LENGTH
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
  // A number is looked for whole, never in pieces (「2024」 is not 「20」 and 「24」). A year names the
  // report rather than a subject: it is looked for only when nothing else is asked.
  const years: string[] = []
  const runs = han
    .replace(/\d+(\.\d+)?\.?/g, (typed) => {
      const digits = typed.replace(/\.$/, '')
      // One digit says little (「5」); a number of two or more is looked for.
      if (/^(19|20)\d\d$/.test(digits)) years.push(digits)
      else if (digits.length >= 2 && reportText.includes(digits)) add(digits, 1)
      return SEPARATOR
    })
    .split(SEPARATOR)
    .filter(Boolean)
  for (const run of runs) {
    // One character says little: only a lone Han character typed on its own (「桥」) is looked for.
    if (paste || (run.length === 1 && (run !== query || !/[\u3400-\u9fff]/.test(run)))) continue
    if (reportText.includes(run)) add(run, 1)
    else for (let i = 0; i + 2 <= run.length; i++) if (reportText.includes(run.slice(i, i + 2))) add(run.slice(i, i + 2), 0.5)
  }
  if (terms.size === 0) for (const year of years) if (reportText.includes(year)) add(year, 1)
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

/** Where `term` stands in `text`: never inside a longer number (「202」 is not in 「2024」). */
function occurrences(text: string, term: string): number[] {
  const found: number[] = []
  const digitAt = (i: number) => /[\d.]/.test(text.charAt(i))
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
    if (/^\d/.test(term) && digitAt(at - 1)) continue
    if (/\d$/.test(term) && digitAt(at + term.length)) continue
    found.push(at)
  }
  return found
}

/** A number that is not a year (「65.06%」「947人」, not 「2025年度」). */
const hasFigure = (text: string) => /\d+/.test(text.replace(/\d{4}年/g, ''))

/** Two-character words too common in the report to tie one sentence to the next. */
const COMMON_PAIRS = new Set(['我镇', '全镇', '工作', '开展', '进一', '一步', '推进', '加强', '全力', '实现', '完成', '积极', '有效', '提升', '推动', '落实', '做好'])

/** Whether two sentences share a two-character Han word (not one of the common ones). */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= b.length; i++) {
    const pair = b.slice(i, i + 2)
    if (/^[\u3400-\u9fff]{2}$/.test(pair) && !COMMON_PAIRS.has(pair) && a.includes(pair)) return true
  }
  return false
}

/**
 * `query` with `words` taken out (replaced by a break), and whether any was there. A word that is part
 * of a longer one the report uses stays (「雨露计划」 keeps its 计划): `reportText` has the characters
 * before it joined to it.
 */
function takeOut(query: string, words: readonly string[], reportText: string): [string, boolean] {
  let out = query
  let took = false
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const [first, ...rest] = out.split(word)
    out = rest.reduce((joined, piece) => {
      const partOfReportWord = joined.length >= 2 && reportText.includes(joined.slice(-2) + word)
      took ||= !partOfReportWord
      return joined + (partOfReportWord ? word : SEPARATOR) + piece
    }, first)
  }
  return [out, took]
}

/**
 * The sentences that say what the query asks, best first (then in reading order). With `hints`, a
 * question about the plan puts the plan chapters first (and, with nothing else asked, offers each
 * chapter's opening); one about money or area puts sentences with an amount in 元 or with 亩 first.
 */
export function searchSentences(
  sentences: ReportSentence[],
  vocabulary: VocabularyEntry[],
  rawQuery: unknown,
  traditional: Record<string, string>,
  hints: QuestionHints = { planWords: [], planSections: [] },
): ReportHit[] {
  const query = normalizeQuery(rawQuery, traditional, MAX_PASTE_LENGTH)
  if (!query) return []
  const reportText = sentences.map((s) => s.text).join(SEPARATOR)
  const [withoutPlan, asksPlan] = takeOut(query, hints.planWords, reportText)
  const [withoutAmount, asksAmount] = takeOut(withoutPlan, AMOUNT_WORDS, reportText)
  const [words, asksArea] = takeOut(withoutAmount, AREA_WORDS, reportText)
  const terms = words.split(SEPARATOR).some(Boolean) ? queryTerms(words, vocabulary, reportText) : []
  const planSections = new Set(hints.planSections)
  if (!terms.length) {
    // 「2025年准备做什么」: nothing asked but the plan, so each plan chapter's opening sentence.
    if (asksPlan)
      return flatMap(hints.planSections, (section) => {
        const first = sentences.find((s) => s.section === section)
        return first ? [{ sentence: first, score: 1, marks: [] }] : []
      })
    // 「一亩地补多少」: what the report paid out with an area, the sentences with 亩, an amount and a payout.
    if (asksArea) return sentences.filter((s) => answersArea(s.text, true)).map((sentence) => ({ sentence, score: 1, marks: [] }))
    return []
  }
  // Words nearly every benefit shares (补贴, 救助) find sentences only when nothing more particular is
  // asked: 「孩子刚出生有什么补贴」 is not answered by every sentence with 补贴.
  const particular = terms.filter((t) => !BENEFIT_WORDS.includes(t.text))
  const ownWords = [...FILLERS, ...BENEFIT_WORDS].reduce((rest, word) => rest.split(word).join(''), words.split(SEPARATOR).join(''))
  const asked = particular.length || ownWords.length >= 2 ? particular : terms
  const hits: ReportHit[] = []
  const matched = new Set<ReportSentence>()
  sentences.forEach((sentence, i) => {
    let score = 0
    let particularFound = false
    const ranges: [number, number][] = []
    for (const term of terms) {
      const found = occurrences(sentence.text, term.text)
      if (!found.length) continue
      score += term.weight * term.text.length
      particularFound ||= asked.includes(term)
      for (const at of found) ranges.push([at, at + term.text.length])
    }
    // Some word asked is in it (every term found scores at least 1).
    if (!particularFound) return
    // A question per area is answered only by a sentence with 亩 (and, asked with an amount, a payout).
    if (asksArea && !answersArea(sentence.text, asksAmount)) return
    if (asksPlan && planSections.has(sentence.section)) score += HINT_BOOST
    if (asksAmount && AMOUNT.test(sentence.text)) score += HINT_BOOST
    matched.add(sentence)
    const next = sentences[i + 1]
    const follows = next && next.section === sentence.section && !hasFigure(sentence.text) && hasFigure(next.text) && shareWord(sentence.text, next.text)
    hits.push({ sentence, score, marks: mergeRanges(ranges), ...(follows ? { follow: next.text } : {}) })
  })
  // A sentence found on its own is not repeated as another's follow.
  for (const hit of hits) if (hit.follow && matched.has(sentences[sentences.indexOf(hit.sentence) + 1])) delete hit.follow
  // Equal scores keep the reading order.
  return stableSort(hits, (a, b) => b.score - a.score).slice(0, MAX_REPORT_HITS)
}

/** Whether a sentence says something per area: it has 亩, and, for a question about money, an amount paid out. */
const answersArea = (text: string, money: boolean) => text.includes('亩') && (!money || (AMOUNT.test(text) && PAID_OUT.test(text)))

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
