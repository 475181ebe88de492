// Property tests: thousands of generated inputs for everything that takes untrusted input.
import * as fc from 'fast-check'
import finderJson from '../../src/data/finder.json'
import type { FinderData } from '../../src/domain/benefits/types'
import { BENEFIT_IDS } from '../../src/domain/benefits/types'
import { benefitIndex, isBenefitId } from '../../src/domain/benefits/benefit-index'
import { findBenefits, toggleAnswer, type FinderAnswers } from '../../src/domain/benefits/finder'
import { isSectionId } from '../../src/domain/report/report'
import { cleanIdParam, parseKnownId , parsePosition, parseSearchParam } from '../../src/domain/route-params'
import { MAX_QUERY_LENGTH, normalizeQuery, search } from '../../src/domain/search/search'
import { parseSettings, SCRIPTS } from '../../src/domain/reader/settings'
import { makeConverter } from '../../src/domain/reader/script'
import { MAX_REPORT_HITS } from '../../src/domain/search/report-search'
import { reportSentences, searchSite, siteHitNote } from '../../src/domain/search/site-search'
import { blockCountOf } from '../../src/domain/report/text'
import type { SectionId } from '../../src/domain/report/types'

const finder = finderJson as FinderData
// Mutation testing (npm run mutation) reruns these for every mutant: fewer inputs there, the full count in npm test.
const RUNS = process.env.FAST_CHECK_RUNS ? Number(process.env.FAST_CHECK_RUNS) : 3000
const answerIds = finder.questions.flatMap((q) => q.answers.map((a) => a.id))
const questionIds = finder.questions.map((q) => q.id)

/** Any string a person, a keyboard or a mangled chat link might produce. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom('.*(', '<script>alert(1)</script>', '   ', '%E4%BD', '\u0000\uFFFF', '😀👍🏽', 'ＤＩＢＡＯ', '低保'.repeat(2500)),
  fc.string({ unit: fc.constantFrom(...'低保新农合种粮补贴看病老人残疾dibaoxnh 　,.%'.split('')), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'我们村修路喝水湘黄鸡龙海溪桥水库的事xhjlhc飲'.split('')), maxLength: 40 }),
)

describe('the one search box (property)', () => {
  it('never throws; every report hit is a real sentence with in-bounds, ordered marks, linking to a real block', () => {
    fc.assert(
      fc.property(anyText, (q) => {
        const { benefits, report } = searchSite(q)
        const ids = benefits.map((h) => h.entry.id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(report.length).toBeLessThanOrEqual(MAX_REPORT_HITS)
        for (let i = 1; i < report.length; i++) expect(report[i - 1].score).toBeGreaterThanOrEqual(report[i].score)
        for (const hit of report) {
          expect(reportSentences).toContain(hit.sentence)
          expect(hit.sentence.paragraph).toBeLessThanOrEqual(blockCountOf({ id: hit.sentence.section as SectionId }))
          let end = 0
          for (const [a, b] of hit.marks) {
            expect(a).toBeGreaterThanOrEqual(end)
            expect(b).toBeGreaterThan(a)
            expect(b).toBeLessThanOrEqual(hit.sentence.text.length)
            end = b
          }
          expect(hit.marks.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('a reason shown is the finder’s own, an alias of the benefit, or names words the villager typed', () => {
    const reasons = new Set(finder.rules.map((r) => r.reason))
    const said = fc
      .array(fc.constantFrom('我', '今年', '68岁', '六十多', '八十了', '孩子', '刚出生', '有没有', '补助', '吗', '？', '老人', '每个月', '有钱领', '上职校', '房子漏雨', '怎么办', '能不能', '低保', '看病', '多少钱', '种田', '一亩', '生活', '没有', '不能'), { maxLength: 12 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(said, (q) => {
        const typed = normalizeQuery(q, {}, 200)
        for (const hit of searchSite(q).benefits) {
          const note = siteHitNote(hit)
          if (note === null || reasons.has(note)) continue
          const alias = note.match(/^也叫「(.+)」$/)?.[1]
          if (alias !== undefined) {
            expect(hit.entry.terms.some(([term, kind]) => kind === 1 && term === alias)).toBe(true)
            continue
          }
          const named = note.match(/^和「(.+)」有关$/)![1]
          const piece = Math.min(2, typed.length)
          expect([...named].some((_, i) => typed.includes(named.slice(i, i + piece)) && i + piece <= named.length), `${q}: ${note}`).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('link parameters: p is a real block or null, q is clean text', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 40 }), (raw, count) => {
        const p = parsePosition(raw, count)
        if (p !== null) expect(p >= 1 && p <= count && Number.isInteger(p)).toBe(true)
        const q = parseSearchParam(raw)
        expect(q.length).toBeLessThanOrEqual(200)
        expect(/[\u0000-\u001f\u007f]/.test(q)).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('search (property)', () => {
  // Speed is the bench's job (npm run bench, with budgets): no wall-clock limit here.
  it('never throws, returns well-formed, ranked hits', () => {
    fc.assert(
      fc.property(anyText, (q) => {
        const hits = search(benefitIndex, q)
        expect(Array.isArray(hits)).toBe(true)
        const ids = hits.map((h) => h.entry.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const h of hits) {
          expect(BENEFIT_IDS).toContain(h.entry.id)
          expect(h.score).toBeGreaterThan(0)
          expect(typeof h.matched).toBe('string')
        }
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score)
      }),
      { numRuns: RUNS },
    )
  })

  it('normalises to a bounded string of letters, digits and Han characters (a point only inside a number)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (q) => {
        const n = normalizeQuery(q, benefitIndex.traditional)
        expect(n.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
        expect(n).toMatch(/^[a-z0-9\u3400-\u9fff.|]*$/)
        expect(n).not.toMatch(/(^|\D)\.|\.(\D|$)/)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('finder (property)', () => {
  const answers = fc.dictionary(fc.constantFrom(...questionIds, 'junk', '__proto__'), fc.array(fc.oneof(fc.constantFrom(...answerIds), fc.string()), { maxLength: 8 }))

  it('returns each benefit at most once, always with a reason', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const results = findBenefits(finder, a as FinderAnswers)
        const ids = results.map((r) => r.benefit)
        expect(new Set(ids).size).toBe(ids.length)
        for (const r of results) {
          expect(BENEFIT_IDS).toContain(r.benefit)
          expect(r.reasons.length).toBeGreaterThan(0)
        }
        expect(ids).toContain('medical-insurance')
      }),
      { numRuns: RUNS },
    )
  })

  it('toggling never produces an answer a question does not have', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...questionIds, 'nope'), fc.option(fc.oneof(fc.constantFrom(...answerIds), fc.string()))), { maxLength: 30 }), (steps) => {
        let a: FinderAnswers = {}
        for (const [q, answer] of steps) a = toggleAnswer(finder, a, q, answer)
        for (const [q, selected] of Object.entries(a)) {
          const question = finder.questions.find((x) => x.id === q)!
          expect(question).toBeDefined()
          for (const id of selected) expect(question.answers.map((x) => x.id)).toContain(id)
          if (!question.multiple) expect(selected.length).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe('route parameters (property)', () => {
  it('accept only known ids, never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (raw) => {
        const section = parseKnownId(raw, isSectionId)
        const benefit = parseKnownId(raw, isBenefitId)
        expect(section === null || isSectionId(section)).toBe(true)
        expect(benefit === null || isBenefitId(benefit)).toBe(true)
        const cleaned = cleanIdParam(raw)
        expect(cleaned === null || /^[a-z0-9-]{1,64}$/.test(cleaned)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('settings from storage (property)', () => {
  it('always parse to valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), anyText, fc.record({ largeText: fc.anything(), script: fc.anything(), v: fc.anything() }).map((r) => JSON.stringify(r))), (raw) => {
        const s = parseSettings(raw)
        expect(s.largeText === null || typeof s.largeText === 'boolean').toBe(true)
        expect(SCRIPTS).toContain(s.script)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('繁體 conversion (property)', () => {
  const t = makeConverter()
  it('keeps the length and every non-Han character', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = t(s)
        expect(out.length).toBe(s.length)
        for (let i = 0; i < s.length; i++) if (!/[\u3400-\u9fff]/.test(s[i])) expect(out[i]).toBe(s[i])
      }),
      { numRuns: RUNS },
    )
  })
})
