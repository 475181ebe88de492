/**
 * Benefit search over the build-time index: official names, aliases, need words, full pinyin and
 * pinyin initials, in Simplified or Traditional script. Pure and bounded: any input returns quickly.
 */
import type { BenefitIndex, IndexEntry, IndexTerm } from '../benefits/types'
import { stableSort } from '../lists'

export const MAX_QUERY_LENGTH = 40
/** A paste is read this far (the box keeps 200), for the names it contains: nothing is matched in pieces. */
export const MAX_PASTE_LENGTH = 200
const KIND_WEIGHT = [100, 90, 60, 40] as const

export interface SearchHit {
  entry: IndexEntry
  score: number
  /** The index term that matched best, and what kind of term it is (0 name, 1 alias, 2 need, 3 category). */
  matched: string
  matchedKind: IndexTerm[1]
}

/** Why a result is there, in words: 「也叫「新农合」」 for an alias, 「和「看病」有关」 for a need. */
export function hitNote(hit: SearchHit): string | null {
  if (hit.matchedKind === 0) return null
  return hit.matchedKind === 1 ? `也叫「${hit.matched}」` : `和「${hit.matched}」有关`
}

/**
 * Full-width → half-width, lower case, Traditional → Simplified; keeps only Han characters, letters,
 * digits and breaks (SEPARATOR: where a word was taken out, nothing matches across).
 */
export function normalizeQuery(raw: unknown, traditional: Record<string, string>, max = MAX_QUERY_LENGTH): string {
  if (typeof raw !== 'string') return ''
  const trimmed = raw
    .slice(0, max * 4)
    .normalize('NFKC')
    .toLowerCase()
  let out = ''
  for (const ch of trimmed) {
    const simple = traditional[ch] ?? ch
    // A decimal point stays inside a number (65.06), and nowhere else.
    if (/[a-z0-9\u3400-\u9fff|]/.test(simple) || (simple === '.' && /\d$/.test(out))) out += simple
    if (out.length >= max) break
  }
  return out.replace(/\.(?!\d)/g, '')
}

/** The longest part of `term` that `query` has too, two Han characters at least (the first in `term` of those as long), or ''. */
function sharedRun(query: string, term: string): string {
  for (let length = term.length; length >= 2; length--) {
    for (let i = 0; i + length <= term.length; i++) {
      const run = term.slice(i, i + length)
      if (query.includes(run) && /[\u3400-\u9fff]{2}/.test(run)) return run
    }
  }
  return ''
}

/** Words that ask what the report plans (with the plan's year: report-search.ts QuestionHints); they name no benefit. */
export const PLAN_WORDS = ['计划', '准备', '打算', '明年', '要做', '将要', '下一步', '以后'] as const

/**
 * Words nearly every benefit's name shares: a question matched only on them (「种田补贴多少钱一亩」 →
 * 孤儿补贴 on 补贴) is not about that benefit when its other words point to others.
 */
export const BENEFIT_WORDS = ['补贴', '补助', '救助', '保障', '政策', '申请', '办理', '资金']
const GENERIC_WORDS = [...BENEFIT_WORDS, '多少钱', ...PLAN_WORDS]
const isGeneric = (words: string) => GENERIC_WORDS.some((g) => g.includes(words))

/**
 * Words that carry no subject in a spoken question, taken out before matching: 「有没有」 is not
 * 「没有子女」, 「能不能」 is not 「生活不能自理」. None is part of a benefit's words.
 */
export const STOPWORDS = ['有没有', '能不能', '可不可以', '是不是', '怎么样', '怎么办', '怎么', '什么', '多少', '可以', '我们', '咱们', '我家', '今年', '请问', '想问', '一下', '哪些', '吗', '呢', '啊', '吧', '呀']
/** Where a word was taken out: nothing is matched across it. */
export const SEPARATOR = '|'

/** The query without its stopwords, each replaced by a break (none at either end). */
export function withoutStopwords(query: string): string {
  const cut = STOPWORDS.reduce((rest, word) => rest.split(word).join(SEPARATOR), query)
  return cut.replace(/\|+/g, SEPARATOR).replace(/^\||\|$/g, '')
}

/** A Han query's score against one term, the words they share, and whether the whole term was typed (or the query is in it). */
function scoreHan(query: string, term: string, base: number): [number, string, boolean] {
  if (query === term) return [base + 100, query, true]
  if (term.startsWith(query)) return [base + 60 - (term.length - query.length), query, true]
  if (term.includes(query)) return [base + 40 - (term.length - query.length), query, true]
  // A sentence that contains the term: 「新农合今年交多少」 contains 「新农合」.
  if (term.length >= 2 && query.includes(term)) return [base + 20 + term.length * 5, term, true]
  // Words in common, two Han characters at least (「8岁」 of 「68岁」 is not 「80岁」); never in a paste.
  const run = query.length <= MAX_QUERY_LENGTH ? sharedRun(query, term) : ''
  return [run ? Math.round(base * 0.3) + run.length * 10 : 0, run, false]
}

function scorePinyin(query: string, [, , full, initials]: IndexTerm, base: number): number {
  if (query === full || query === initials) return base + 100
  if (query.length >= 2 && full.startsWith(query)) return base + 50
  if (query.length >= 2 && initials.startsWith(query)) return base + 40
  if (query.length >= 4 && full.includes(query)) return base + 10
  return 0
}

export function search(index: BenefitIndex, raw: unknown): SearchHit[] {
  const typed = normalizeQuery(raw, index.traditional, MAX_PASTE_LENGTH)
  const query = withoutStopwords(typed)
  // One character left of a question (「多少钱」 → 「钱」) asks nothing; typed alone (「穷」) it does.
  if (!query || (query.length < 2 && query !== typed)) return []
  const latin = /^[a-z]+$/.test(query)
  const hits: (SearchHit & { specific: boolean })[] = []
  for (const entry of index.benefits) {
    let best = 0
    let matched = ''
    let matchedKind: IndexTerm[1] = 0
    let specific = latin
    for (const term of entry.terms) {
      const base = KIND_WEIGHT[term[1]]
      const [score, shared, whole] = latin ? [scorePinyin(query, term, base), term[0], true] : scoreHan(query, term[0], base)
      if (score > 0 && !latin && !isGeneric(shared)) specific = true
      if (score > best) {
        best = score
        // A need or category word matched in part is named by the part typed (「和「看病」有关」).
        matched = whole || term[1] < 2 ? term[0] : shared
        matchedKind = term[1]
      }
    }
    if (best > 0) hits.push({ entry, score: best, matched, matchedKind, specific })
  }
  // A question with words of its own keeps only the benefits those words point to: a match on a
  // generic word alone (「计划」 in 雨露计划) counts only when the query is nothing but such words.
  const ownWords = GENERIC_WORDS.reduce((rest, g) => rest.split(g).join(''), query.split(SEPARATOR).join(''))
  // So does a question about the plan (「今年计划」): it names no benefit.
  const asksPlan = PLAN_WORDS.some((word) => query.includes(word))
  const pointed = asksPlan || ownWords.length >= 2 || hits.some((h) => h.specific) ? hits.filter((h) => h.specific) : hits
  // Equal scores keep the editors' order.
  return stableSort(pointed, (a, b) => b.score - a.score).map(({ specific: _specific, ...hit }) => hit)
}

/** Words offered when nothing matches. */
export const SUGGESTED_QUERIES = ['低保', '新农合', '种粮补贴', '看病', '老人', '残疾人', '房子漏雨', '没工作'] as const
