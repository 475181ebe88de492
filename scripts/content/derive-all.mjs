// Every generated file the app ships, keyed by its path; pure apart from reading content/.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { deriveReport } from './derive-report.mjs'
import { figureProblems, uncoveredAmounts } from './validate-report.mjs'

const readJson = (root, rel) => JSON.parse(readFileSync(join(root, rel), 'utf8'))

export function deriveAll(root) {
  const structure = readJson(root, 'content/report/structure.json')
  const rules = readJson(root, 'content/report/editorial.json')
  const source = readFileSync(join(root, structure.source), 'utf8')
  const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
  const { report, corrections } = deriveReport(source, structure, rules, toSimplified)

  const problems = [...figureProblems(report), ...uncoveredAmounts(report).map((m) => `amount stated in the report but not shown as a figure: ${m}`)]
  if (problems.length) throw new Error(`the report content breaks honesty rules:\n  ${problems.join('\n  ')}`)

  return {
    'src/data/report.json': report,
    'src/data/corrections.json': corrections,
  }
}
