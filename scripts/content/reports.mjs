// The town's reports, one folder per year under content/reports/<year>/: the text as published
// (source.txt), its editorial rules (editorial.json) and its structure (structure.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const REPORTS_DIR = 'content/reports'

/** Every year's report, oldest first: { year, dir, structure, rules, source }. */
export function readReports(root, dir = REPORTS_DIR) {
  const years = readdirSync(resolve(root, dir))
    .filter((name) => /^\d{4}$/.test(name))
    .sort()
  if (years.length === 0) throw new Error(`${dir} 里没有任何一年的报告（每年一个文件夹，如 ${dir}/2024/）`)
  return years.map((name) => {
    const folder = join(dir, name)
    const read = (file) => {
      const path = resolve(root, folder, file)
      if (!existsSync(path)) throw new Error(`${folder} 里缺少 ${file}`)
      return readFileSync(path, 'utf8')
    }
    const structure = JSON.parse(read('structure.json'))
    if (structure.year !== Number(name)) throw new Error(`${folder}/structure.json 写的年份是 ${structure.year}，和文件夹名 ${name} 不一致`)
    return { year: structure.year, dir: folder, structure, rules: JSON.parse(read('editorial.json')), source: read('source.txt') }
  })
}

/** Why a build with draft years may not be published, in the editor's words; null when every year is reviewed. */
export function draftRefusal(years) {
  const drafts = years.filter((y) => y.draft).map((y) => y.year)
  if (drafts.length === 0) return null
  return drafts
    .map(
      (year) =>
        `${year} 年的报告还是草稿（content/reports/${year}/structure.json 里 status 是 "draft"）。草稿只在 npm start 里看，标着「草稿」；按 docs/for-the-town.md「加上新一年的报告」审核完，把 status 改成 "reviewed"，npm test 和正式版才会收它。`,
    )
    .join('\n')
}
