#!/usr/bin/env node
// A build with the town's sample facts filled in (test/fixtures/local-facts.sample.json, obvious
// sample values such as 0734-0000000) and a made-up second year (test/fixtures/reports/next-year:
// a fictional 2025 report beside the real 2024 one), for the tests and screenshots of filled-in
// local facts and of a second year. Never published: it writes dist/sample/<target>.
//   node scripts/build/sample.mjs weapp|h5
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { deriveAll } from '../content/derive-all.mjs'

export const SAMPLE_FACTS = 'test/fixtures/local-facts.sample.json'
export const NEXT_YEAR = 'test/fixtures/reports/next-year'
const root = join(import.meta.dirname, '..', '..')
const target = process.argv[2]
if (!['weapp', 'h5'].includes(target)) throw new Error('usage: node scripts/build/sample.mjs weapp|h5')

const dataDir = join(root, 'dist', 'sample', `data-${target}`)
mkdirSync(dataDir, { recursive: true })
// The town's reports as they are, and the made-up next year beside them.
const reportsDir = join(root, 'dist', 'sample', `reports-${target}`)
rmSync(reportsDir, { recursive: true, force: true })
cpSync(join(root, 'content', 'reports'), reportsDir, { recursive: true })
cpSync(join(root, NEXT_YEAR, '2025'), join(reportsDir, '2025'), { recursive: true })
for (const [file, data] of Object.entries(await deriveAll(root, { localFacts: SAMPLE_FACTS, reportsDir })))
  writeFileSync(join(dataDir, basename(file)), JSON.stringify(data))
const built = spawnSync('npx', ['taro', 'build', '--type', target], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', HUAQIAO_SAMPLE_DATA: dataDir },
})
process.exit(built.status ?? 1)
