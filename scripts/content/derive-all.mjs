// Every generated file the app ships, keyed by its path; pure apart from reading content/.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { deriveReport } from './derive-report.mjs'
import { deriveBenefits, deriveFinder, searchCharacterMap } from './derive-benefits.mjs'
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

  const benefitContent = readJson(root, 'content/benefits/benefits.json')
  const { benefits, index } = deriveBenefits(
    {
      benefits: benefitContent,
      categories: readJson(root, 'content/benefits/categories.json'),
      contacts: readJson(root, 'content/benefits/contacts.json'),
      sources: readJson(root, 'content/benefits/sources.json'),
    },
    report,
  )
  index.traditional = searchCharacterMap(index, [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })])

  return {
    'src/data/report.json': report,
    'src/data/corrections.json': corrections,
    'src/data/benefits.json': benefits,
    'src/data/benefit-index.json': index,
    'src/data/finder.json': deriveFinder(readJson(root, 'content/benefits/finder.json'), benefitContent),
  }
}
