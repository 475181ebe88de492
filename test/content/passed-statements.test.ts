// Nothing stale is stated as current: the content build stops on a statement whose period or deadline
// has passed on the day it runs (the same clock as the 12-month warning), and says what to re-check.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { passedStatements } from '../../scripts/content/stale-facts.mjs'

const shipped = JSON.parse(readFileSync(join(process.cwd(), 'src/data/benefits.json'), 'utf8'))
const benefit = (notes: string[], steps: { text: string }[] = []) => ({ name: '雨露计划', notes, steps })

describe('statements whose date has passed', () => {
  it('a transition period that ended, in December 2026, stops the build with what to re-check', () => {
    const [problem] = passedStatements([benefit(['这类帮扶政策的过渡期到2025年，之后可能调整，以最新政策为准。'])], '2026-12-07')
    expect(problem).toMatch(/^雨露计划：「这类帮扶政策的过渡期到2025年.*」说的期限 2025-12-31 已经过了.*policy-facts\.md 重新核对/)
  })

  it('a collection period to a day, and to the end of a month', () => {
    expect(passedStatements([benefit([], [{ text: '集中缴费期到2026年1月31日。' }])], '2026-02-01')).toHaveLength(1)
    expect(passedStatements([benefit([], [{ text: '集中缴费期到2026年1月31日。' }])], '2026-01-31')).toEqual([])
    expect(passedStatements([benefit(['截止到2026年2月。'])], '2026-03-01')).toHaveLength(1)
    expect(passedStatements([benefit(['截止到2026年2月。'])], '2026-02-28')).toEqual([])
    expect(passedStatements([benefit(['2026年1月31日前交齐。'])], '2026-02-01')).toHaveLength(1)
  })

  it('the same words read in time, or said to be over, or a year that only names a 年度, pass', () => {
    expect(passedStatements([benefit(['这类帮扶政策的过渡期到2025年。'])], '2025-12-31')).toEqual([])
    expect(passedStatements([benefit(['脱贫攻坚过渡期已在2025年底结束。'])], '2026-12-07')).toEqual([])
    expect(passedStatements([benefit(['2025年度的保费（2024年秋冬交）。', '从2024年起每月不低于90元。'])], '2026-12-07')).toEqual([])
  })

  it('nothing the app ships today is stale', () => {
    expect(passedStatements(shipped.benefits, new Date().toISOString().slice(0, 10))).toEqual([])
  })
})
