// Stryker's incremental mode never retests a *static* mutant that once survived (a module-level value
// such as the privacy lists has no per-test coverage, so Stryker cannot see that a new test covers it;
// stryker-js#4372, #6119). Before each `npm run mutation`, drop those results from the incremental file
// so Stryker plans them again; every other result is kept, so the run stays incremental.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const file = process.argv[2] ?? 'reports/stryker-incremental.json'

/** Drops the static mutants that survived; returns how many. */
function forgetStaticSurvivors(report) {
  let forgotten = 0
  for (const entry of Object.values(report.files)) {
    const kept = entry.mutants.filter((m) => !(m.static && (m.status === 'Survived' || m.status === 'NoCoverage')))
    forgotten += entry.mutants.length - kept.length
    entry.mutants = kept
  }
  return forgotten
}

if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const forgotten = forgetStaticSurvivors(report)
  writeFileSync(file, JSON.stringify(report))
  console.log(`mutation: ${forgotten} static survivors will be tested again`)
}
