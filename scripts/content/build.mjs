#!/usr/bin/env node
// npm run content          → derive src/data/*.json from content/
// npm run content -- --check → fail if the committed JSON is stale or the content breaks an honesty rule
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deriveAll } from './derive-all.mjs'
import { passedStatements, staleFacts } from './stale-facts.mjs'
import { draftRefusal } from './reports.mjs'
import { loadTs } from '../lib/load-ts.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const check = process.argv.includes('--check')

let outputs
try {
  outputs = await deriveAll(root)
} catch (err) {
  console.error(`content: ${err.message}`)
  process.exit(1)
}

// A year not yet reviewed: shown in npm start, refused by npm test (--check) and the production builds.
const refusal = draftRefusal(outputs['src/data/report.json'].years)
if (refusal && check) {
  console.error(`content: ${refusal}`)
  process.exit(1)
}
if (refusal) console.log(`content: ${refusal}`)

const staleFiles = []
for (const [relPath, data] of Object.entries(outputs)) {
  const path = join(root, relPath)
  const text = JSON.stringify(data) + '\n'
  let current = null
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = null
  }
  if (current === text) continue
  if (check) staleFiles.push(relPath)
  else {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
    console.log(`content: wrote ${relPath} (${Buffer.byteLength(text)} bytes)`)
  }
}
if (staleFiles.length) {
  console.error(`content: stale generated files (run \`npm run content\` and commit): ${staleFiles.join(', ')}`)
  process.exit(1)
}
// Nothing stale stated as current: a period or deadline that has passed on the day this runs stops the build.
const today = new Date().toISOString().slice(0, 10)
const passed = passedStatements(outputs['src/data/benefits.json'].benefits, today)
if (passed.length) {
  console.error(`content: 有 ${passed.length} 句话的期限已经过了：\n  ${passed.join('\n  ')}`)
  process.exit(1)
}
// For the clerk: what has gone more than a year without a check, on the day this runs.
const { isStale } = await loadTs(join(root, 'src/domain/benefits/freshness.ts'))
const stale = staleFacts(outputs, (checked) => isStale(checked, new Date()))
console.log(stale.length ? `content: 超过12个月没有核对的内容，请重新核对后改 checked 日期：\n  ${stale.join('\n  ')}` : 'content: 没有超过12个月没核对的内容')
console.log(check ? 'content: generated JSON is up to date and passes the honesty checks' : 'content: done')
