// The table docs/mutation.md records, from Stryker's JSON report (reports/mutation/mutation.json):
// the whole run, then each file below 100 %, worst first. `node scripts/mutation/table.mjs`
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const report = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'reports', 'mutation', 'mutation.json'), 'utf8'))
const counted = ['Killed', 'Timeout', 'Survived', 'NoCoverage']

/** [killed, timed out, survived, no coverage, did not compile] of a list of mutants. */
function countsOf(mutants) {
  const n = (status) => mutants.filter((m) => m.status === status).length
  return [...counted.map(n), n('CompileError')]
}
const score = ([killed, timeout, survived, noCoverage]) => ((100 * (killed + timeout)) / (killed + timeout + survived + noCoverage) || 0).toFixed(2)

const files = Object.entries(report.files).map(([file, { mutants }]) => [file.replace(/^src\//, ''), countsOf(mutants)])
const all = files.reduce((sum, [, c]) => sum.map((x, i) => x + c[i]), [0, 0, 0, 0, 0])
const row = (name, c) => `| ${name} | ${score(c)} % | ${c[0]} | ${c[1]} | ${c[2]} | ${c[3]} |`
console.log('| | score | killed | timed out | survived | no coverage |')
console.log('|---|---|---|---|---|---|')
console.log(row('**all files**', all).replace(/\| ([\d.]+ %) \|/, '| **$1** |'))
for (const [file, c] of files.filter(([, counts]) => counts[2] + counts[3] > 0).sort((a, b) => score(a[1]) - score(b[1]))) console.log(row(file, c))
console.log(`\n(${all[4]} mutants did not compile and do not count; ${files.length} files; every other file 100 %)`)
