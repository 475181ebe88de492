#!/usr/bin/env node
// npm run content          → derive src/data/*.json from content/
// npm run content -- --check → fail if the committed JSON is stale or the content breaks an honesty rule
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deriveAll } from './derive-all.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const check = process.argv.includes('--check')

let outputs
try {
  outputs = await deriveAll(root)
} catch (err) {
  console.error(`content: ${err.message}`)
  process.exit(1)
}

const stale = []
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
  if (check) stale.push(relPath)
  else {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
    console.log(`content: wrote ${relPath} (${Buffer.byteLength(text)} bytes)`)
  }
}
if (stale.length) {
  console.error(`content: stale generated files (run \`npm run content\` and commit): ${stale.join(', ')}`)
  process.exit(1)
}
console.log(check ? 'content: generated JSON is up to date and passes the honesty checks' : 'content: done')
