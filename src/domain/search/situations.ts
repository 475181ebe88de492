/**
 * A question read the way the situation finder reads its answers: the ages and life events it names
 * (「68岁」, 「孩子刚出生」, 「房子漏雨」) are the finder's answers, and the finder's own rules give the
 * benefits and their reasons (content/benefits/finder.json, shipped for the search as
 * src/data/situations.json). Pure and bounded.
 */
import type { BenefitId } from '../benefits/types'
import { SEPARATOR } from './search'
import { stableSort } from '../lists'

export interface SituationData {
  /** Every finder answer, in the finder's order: the words villagers say for it and the ages it covers. */
  answers: { says?: string[]; ages?: [number, number] }[]
  /** The finder's rules: the benefit, groups of answers by place (one of each group is needed), the reason. */
  rules: [BenefitId, number[][], string][]
}

export interface SituationFit {
  benefit: BenefitId
  reason: string
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
/**
 * An age as said: 「68岁」「六十多」「八十了」「七十五岁」「七八十岁」「60岁以后」「两岁」 — a number then 岁, 多,
 * 了 or 出头, not followed by a unit (「10多万元」「20多人」 are not ages); 「以后」 after it is part of it.
 */
const AGE = /(?:(?:(\d{1,3})|([一二两三四五六七八九]{0,2}十[一二三四五六七八九]?))(?:周岁|多岁|来岁|岁|多了|多|了|出头)(?![万千百元亩块斤人户个年月天次号])|([一二两三四五六七八九])岁)(?:以后|以上|之后)?/g
const MAX_AGE = 120

/** 「六十八」「七八十」「十二」 as a number (of two digits before 十, the first). */
function tensAge(number: string): number {
  const [tens, units] = number.split('十')
  return (tens ? DIGITS[tens[0]] : 1) * 10 + (units ? DIGITS[units] : 0)
}

/** The ages a question names, as numbers. */
export function agesIn(query: string): number[] {
  const ages: number[] = []
  query.replace(AGE, (typed, figures?: string, tens?: string, digit?: string) => {
    const age = figures ? Number(figures) : tens ? tensAge(tens) : DIGITS[digit!]
    if (age <= MAX_AGE) ages.push(age)
    return typed
  })
  return ages
}

/** The question with its ages taken out (a break in their place): 「68」 is not a figure to look for. */
export const withoutAges = (query: string): string => query.replace(AGE, SEPARATOR)

/** The finder answers a question gives: the words it says (the longest first, each counted once) and its ages. */
function answersIn(data: SituationData, query: string): Set<number> {
  const words: [string, number][] = []
  data.answers.forEach((answer, i) => (answer.says ?? []).forEach((word) => words.push([word, i])))
  const selected = new Set<number>()
  let rest = query
  for (const [word, i] of words.sort((a, b) => b[0].length - a[0].length)) {
    if (!rest.includes(word)) continue
    selected.add(i)
    rest = rest.split(word).join(SEPARATOR)
  }
  const ages = agesIn(query)
  data.answers.forEach(({ ages: range }, i) => {
    if (range && ages.some((age) => age >= range[0] && age <= range[1])) selected.add(i)
  })
  return selected
}

/**
 * The benefits the finder gives for what a question says, best first, each once with the finder's
 * reason. A rule counts when its first condition — who is in the family, what happened — is said; its
 * other conditions (脱贫户, 生活困难) are named by its reason. First the rules made for just what was
 * said (the fewest answers in the first condition: 「瘫痪」 → 护理补贴 before 医保), then those with
 * every condition said, then those with the most conditions said, then the finder's order.
 */
export function situationFits(data: SituationData, query: string): SituationFit[] {
  const selected = answersIn(data, query)
  const said = (group: number[]) => group.some((i) => selected.has(i))
  const candidates = data.rules
    .filter(([, when]) => said(when[0]))
    .map(([benefit, when, reason]) => {
      const unmet = when.filter((g) => !said(g)).length
      return { benefit, reason, narrowness: when[0].length, unmet, met: when.length - unmet }
    })
  const ranked = stableSort(candidates, (a, b) => a.narrowness - b.narrowness || a.unmet - b.unmet || b.met - a.met)
  const fits: SituationFit[] = []
  for (const { benefit, reason } of ranked) if (!fits.some((f) => f.benefit === benefit)) fits.push({ benefit, reason })
  return fits
}
