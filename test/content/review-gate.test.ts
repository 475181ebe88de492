// @vitest-environment node
// A year added by report:add is a draft until the editor marks it reviewed: the content build takes it
// (npm start shows it, marked 草稿) but npm test and production builds refuse it, and once marked
// reviewed it must pass every honesty check 2024 passes.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deriveAll } from '../../scripts/content/derive-all.mjs'
import { draftRefusal } from '../../scripts/content/reports.mjs'

const ROOT = process.cwd()

/** A copy of content/ (src/ linked beside it) with report:add run on a synthetic report for 2030. */
function withDraft() {
  const root = mkdtempSync(join(tmpdir(), 'gate-'))
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true })
  symlinkSync(join(ROOT, 'src'), join(root, 'src'))
  execFileSync(
    'node',
    ['scripts/report-add.mjs', join(ROOT, 'test/fixtures/reports/odd-headings.txt'), '--year', '2030', '--reports', join(root, 'content/reports')],
    { cwd: ROOT, stdio: 'pipe' },
  )
  return root
}

describe('the review gate', () => {
  it('a draft is the newest report, marked draft; npm test and the production builds refuse it, saying what to do', async () => {
    const outputs = await deriveAll(withDraft(), { today: new Date(2026, 11, 4) })
    const report = outputs['src/data/report.json'] as { year: number; draft: boolean; title: string; years: { year: number; draft: boolean }[] }
    expect([report.year, report.draft, report.title]).toEqual([2030, true, '示例镇2030年工作总结和2031年工作计划'])
    expect(report.years.map((y) => [y.year, y.draft])).toEqual([
      [2030, true],
      [2024, false],
    ])
    expect(draftRefusal(report.years)).toMatch(/^2030 年的报告还是草稿（content\/reports\/2030\/structure.json 里 status 是 "draft"）.*改成 "reviewed"/)
    // The benefits keep quoting the reviewed 2024 report.
    expect((outputs['src/data/benefits.json'] as { reportYear: number }).reportYear).toBe(2024)
  })

  it('marked reviewed with no figures chosen yet, the honesty checks stop it (each sum of money must be a figure)', async () => {
    const root = withDraft()
    const path = join(root, 'content/reports/2030/structure.json')
    const structure = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(path, JSON.stringify({ ...structure, status: 'reviewed' }))
    await expect(deriveAll(root, { today: new Date(2026, 11, 4) })).rejects.toThrow(/2030 年的报告有 \d+ 处要改（content\/reports\/2030\/structure.json）[\s\S]*报告里说到的「36万元」没有写成关键数字/)
  })

  it('every year in the app today is reviewed', () => {
    const report = JSON.parse(readFileSync(join(ROOT, 'src/data/report.json'), 'utf8'))
    expect(draftRefusal(report.years)).toBeNull()
  })
})
