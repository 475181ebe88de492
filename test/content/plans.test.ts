// @vitest-environment node
// 「去年说要做的事」: a report's plan for the next year (plan.json) and what the next year's report says
// became of it (outcomes.json), on the real 2024 report and on two consecutive synthetic years
// (test/fixtures/reports/two-years, 示例镇, never shipped).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { deriveReport } from '../../scripts/content/derive-report.mjs'
import { derivePlans, followUpProposals } from '../../scripts/content/derive-plans.mjs'
import { readReports } from '../../scripts/content/reports.mjs'
import { draftReport, sentencesOf } from '../../scripts/content/report-draft.mjs'

const ROOT = process.cwd()
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
const TWO_YEARS = 'test/fixtures/reports/two-years'

const derivedYears = (root: string, dir: string) =>
  readReports(root, dir).map((r) => ({ ...r, ...deriveReport(r.source, r.structure, r.rules, toSimplified), draft: r.structure.status !== 'reviewed' }))

describe('the 2024 report’s plan for 2025', () => {
  const { plans } = derivePlans(ROOT, derivedYears(ROOT, 'content/reports'))

  it('lists its items chapter by chapter, each quoting the plan word for word, none compared yet', () => {
    expect(plans).toHaveLength(1)
    const [plan] = plans
    expect([plan.fromYear, plan.planYear]).toEqual([2024, 2025])
    expect(plan.items.length).toBe(20)
    expect(new Set(plan.items.map((i: { section: string }) => i.section))).toEqual(
      new Set(['plan-economy', 'plan-revitalization', 'plan-safety', 'plan-livelihood']),
    )
    const text = JSON.parse(readFileSync(join(ROOT, 'src/data/report-text.json'), 'utf8'))
    for (const item of plan.items) {
      expect(text[item.section].map((p: { text: string }) => p.text).join(''), item.id).toContain(item.quote)
      expect(item.outcome).toBeNull()
    }
  })

  it('the app ships exactly that (src/data/plan.json is up to date)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'src/data/plan.json'), 'utf8'))).toEqual({ plans })
  })
})

describe('two consecutive years: a plan and what became of it', () => {
  it('each item carries the next report’s status and its sentence, linked to its chapter', () => {
    const { plans } = derivePlans(ROOT, derivedYears(ROOT, TWO_YEARS))
    expect(plans.map((p: { fromYear: number }) => p.fromYear)).toEqual([2030])
    expect(
      plans[0].items.map((i: { id: string; outcome: { status: string; year: number; section: string; quote: string } }) => [
        i.id,
        i.outcome.status,
        i.outcome.year,
        i.outcome.section,
        i.outcome.quote,
      ]),
    ).toEqual([
      ['oil-tea', 'done', 2031, 'chan-ye-fa-zhan', '全镇油茶种植面积扩大到1500亩'],
      ['cooperatives', 'done', 2031, 'chan-ye-fa-zhan', '新办产业合作社2家'],
      ['dibao', 'done', 2031, 'min-sheng-bao-zhang', '按时足额发放低保金'],
      ['insurance', 'doing', 2031, 'min-sheng-bao-zhang', '医保征缴工作正在推进'],
    ])
  })

  const broken = (edit: (outcomes: { items: { item: string; status: string | null; section: string | null; quote: string | null }[] }) => void) => {
    const root = mkdtempSync(join(tmpdir(), 'plans-'))
    cpSync(join(ROOT, TWO_YEARS), join(root, 'reports'), { recursive: true })
    const path = join(root, 'reports/2031/outcomes.json')
    const outcomes = JSON.parse(readFileSync(path, 'utf8'))
    edit(outcomes)
    writeFileSync(path, JSON.stringify(outcomes))
    return () => derivePlans(root, derivedYears(root, 'reports'))
  }

  it('an outcome the editor has not decided, a quote not in the report, an item left out: each stops the build, in Chinese', () => {
    expect(
      broken((o) => {
        o.items[0].status = null
      }),
    ).toThrow(/oil-tea 的 status 要写 done（做到了）、doing（在做）或 not-mentioned（报告没提）/)
    expect(
      broken((o) => {
        o.items[1].quote = '新办产业合作社20家'
      }),
    ).toThrow(/cooperatives 的 quote「新办产业合作社20家」不在「产业发展」的原文里/)
    expect(
      broken((o) => {
        o.items.pop()
      }),
    ).toThrow(/没有对照「做好医保征缴」/)
  })

  it('report:add proposes, for each item, the new report’s sentences that report on it, and drafts outcomes.json for the editor', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, TWO_YEARS, '2030/plan.json'), 'utf8'))
    const rules = JSON.parse(readFileSync(join(ROOT, 'content/reports/2024/editorial.json'), 'utf8'))
    const text = readFileSync(join(ROOT, TWO_YEARS, '2031/source.txt'), 'utf8')
    const draft = draftReport(text, { year: 2031, rules, toSimplified, benefits: [], knownWords: [], today: '2026-12-04', previousPlan: plan })
    const best = Object.fromEntries(
      draft.review.planFollowUp.map((f: { item: string; proposals: { sentence: string }[] }) => [f.item, f.proposals[0]?.sentence ?? null]),
    )
    expect(best['oil-tea']).toBe('全镇油茶种植面积扩大到1500亩，新办产业合作社2家。')
    expect(best.cooperatives).toBe('全镇油茶种植面积扩大到1500亩，新办产业合作社2家。')
    expect(best.insurance).toBe('按时足额发放低保金，医保征缴工作正在推进，参保率达97.1%。')
    // The status is the editor's to decide: the draft leaves it empty, and a reviewed year refuses that.
    expect(draft.outcomes.items.every((o: { status: string | null }) => o.status === null)).toBe(true)
  })

  it('proposals share at least two character pairs with the plan’s words, beyond the words every report uses', () => {
    const sections = [{ id: 'a', paragraphs: [{ line: 1, text: '加强工作，推进发展。全面做好治安工作。深化平安建设，社会治安管理更加有力。' }] }]
    const [follow] = followUpProposals({ items: [{ id: 'x', text: '', quote: '加强社会治安管理' }] }, sections, sentencesOf)
    expect(follow.proposals.map((p: { sentence: string }) => p.sentence)).toEqual(['深化平安建设，社会治安管理更加有力。'])
  })
})
