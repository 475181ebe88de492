#!/usr/bin/env node
// Fails if either built app calls a network API or a privacy API, or declares a privacy permission.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { findDirectWxCalls, findWebNetwork, findWxCalls, privacyDeclarations } from '../lib/privacy-scan.mjs'

const root = join(import.meta.dirname, '..', '..')
const jsFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : []
  })
// Taro's runtime lists every wx API by name to wrap them; the app's own chunks must call none of the forbidden ones.
const FRAMEWORK = new Set(['taro.js', 'vendors.js', 'runtime.js'])
const problems = []

const weapp = join(root, 'dist', 'weapp')
for (const file of jsFiles(weapp)) {
  const code = readFileSync(file, 'utf8')
  const rel = relative(weapp, file)
  const found = FRAMEWORK.has(rel) ? findDirectWxCalls(code) : [...findWxCalls(code), ...findDirectWxCalls(code)]
  for (const api of new Set(found)) problems.push(`dist/weapp/${rel}: calls ${api}`)
}
const appJson = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'))
for (const key of privacyDeclarations(appJson)) problems.push(`dist/weapp/app.json declares ${key}`)

const h5 = join(root, 'dist', 'h5')
for (const file of jsFiles(h5)) {
  const code = readFileSync(file, 'utf8')
  for (const api of new Set([...findWebNetwork(code), ...findWxCalls(code)])) problems.push(`dist/h5/${relative(h5, file)}: uses ${api}`)
}

const scanned = jsFiles(weapp).length + jsFiles(h5).length
if (problems.length) {
  console.error(`privacy: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`privacy: ${scanned} built JS files scanned: no network API, no privacy API, no permission declared`)
