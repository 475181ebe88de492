#!/usr/bin/env node
// npm run report:add -- <file> --year <YYYY>
// A new year's report, as pasted from the government site, becomes a draft in content/reports/<year>/
// for the town's editor to review (docs/for-the-town.md 「加上新一年的报告」). Writes nothing when the
// file is empty, not text, or has no headings, or when that year is already reviewed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as OpenCC from 'opencc-js'
import { DraftError, draftReport, readPasted, reviewSummary } from './content/report-draft.mjs'
import { readReports, REPORTS_DIR } from './content/reports.mjs'

const root = join(import.meta.dirname, '..')
const stop = (message) => {
  console.error(`report:add: ${message}`)
  process.exit(1)
}

let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: { year: { type: 'string' }, reports: { type: 'string', default: REPORTS_DIR }, today: { type: 'string' } },
  })
} catch (err) {
  stop(`看不懂这些参数（${err.message}）。用法：npm run report:add -- 报告.txt --year 2025`)
}
const [file] = args.positionals
const year = Number(args.values.year)
if (!file) stop('缺少报告文件。用法：npm run report:add -- 报告.txt --year 2025')
if (!Number.isInteger(year) || year < 2000 || year > 2100) stop(`年份「${args.values.year ?? ''}」不对：写报告总结的那一年，四位数字，如 --year 2025`)
if (!existsSync(file)) stop(`找不到文件 ${file}。请检查文件名和所在的文件夹。`)

const reportsDir = args.values.reports
const years = readReports(root, reportsDir)
const existing = years.find((r) => r.year === year)
if (existing?.structure.status === 'reviewed') stop(`${year} 年的报告已经审核发布（${existing.dir}），不会覆盖。要改它，直接改那个文件夹里的文件。`)
const previous = [...years].reverse().find((r) => r.year < year) ?? years[years.length - 1]
const today = args.values.today ?? new Date().toISOString().slice(0, 10)

/** The plan an earlier report made for this year (its plan.json), whose items this report may report on. */
function planFor(planYear) {
  for (const r of years) {
    const path = resolve(root, r.dir, 'plan.json')
    const plan = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
    if (plan?.planYear === planYear) return plan
  }
  return null
}

let draft
try {
  const text = readPasted(readFileSync(file), basename(file))
  const named = JSON.parse(readFileSync(join(root, 'content/search/named-terms.json'), 'utf8'))
  draft = draftReport(text, {
    year,
    rules: previous.rules,
    toSimplified: OpenCC.Converter({ from: 'hk', to: 'cn' }),
    benefits: JSON.parse(readFileSync(join(root, 'content/benefits/benefits.json'), 'utf8')),
    knownWords: [...named.places, ...named.products],
    today,
    previousPlan: planFor(year),
  })
  const folder = resolve(root, reportsDir, String(year))
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'source.txt'), text)
  const json = (value) => JSON.stringify(value, null, 2) + '\n'
  writeFileSync(join(folder, 'structure.json'), json(draft.structure))
  writeFileSync(join(folder, 'editorial.json'), json(draft.editorial))
  writeFileSync(join(folder, 'review.json'), json(draft.review))
  if (draft.outcomes) writeFileSync(join(folder, 'outcomes.json'), json(draft.outcomes))
  console.log(reviewSummary(draft, folder.startsWith(root) ? relative(root, folder) : folder))
} catch (err) {
  if (err instanceof DraftError) stop(err.message)
  throw err
}
