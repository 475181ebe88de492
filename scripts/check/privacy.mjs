#!/usr/bin/env node
// Fails if either built app uses a network API or personal data, or if the weapp calls a WeChat
// privacy interface that DECLARED_PRIVACY_INTERFACES (and so the README's publishing steps) leaves out.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  DECLARED_PRIVACY_INTERFACES,
  FORBIDDEN_APIS,
  WATCHED_APIS,
  WECHAT_PRIVACY_INTERFACES,
  classifyWeappUses,
  findApiUses,
  findDirectWxUses,
  findWebNetwork,
  privacyDeclarations,
  undeclaredPrivacyNames,
} from '../lib/privacy-scan.mjs'

const root = join(import.meta.dirname, '..', '..')
const jsFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : []
  })
// Taro's runtime lists every wx API by name to wrap them; only its direct wx.x uses count.
const FRAMEWORK = new Set(['taro.js', 'vendors.js', 'runtime.js'])
const problems = []
const used = new Set()

const weapp = join(root, 'dist', 'weapp')
for (const file of jsFiles(weapp)) {
  const code = readFileSync(file, 'utf8')
  const rel = relative(weapp, file)
  const uses = FRAMEWORK.has(rel) ? findDirectWxUses(code, WATCHED_APIS) : [...findApiUses(code, WATCHED_APIS), ...findDirectWxUses(code, WATCHED_APIS)]
  const { problems: found, declared } = classifyWeappUses(uses)
  for (const problem of found) problems.push(`dist/weapp/${rel}: ${problem}`)
  for (const api of declared) used.add(api)
}
// Any name of an undeclared privacy interface, in any file of the package (config/taro-apis.ts keeps
// them out of Taro's own API lists).
const packageFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? packageFiles(path) : /\.(js|json|wxml|wxs)$/.test(path) ? [path] : []
  })
for (const file of packageFiles(weapp)) {
  for (const name of undeclaredPrivacyNames(readFileSync(file, 'utf8'))) {
    problems.push(`dist/weapp/${relative(weapp, file)} names ${name}, a WeChat privacy interface (${WECHAT_PRIVACY_INTERFACES[name]}) the app does not call: WeChat's review reads the name as a use`)
  }
}
const appJson = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'))
for (const key of privacyDeclarations(appJson)) problems.push(`dist/weapp/app.json declares ${key}`)
for (const api of Object.keys(DECLARED_PRIVACY_INTERFACES)) {
  if (!used.has(api)) problems.push(`DECLARED_PRIVACY_INTERFACES lists ${api}, which the weapp no longer calls: take it out of the list and the README`)
}

const h5 = join(root, 'dist', 'h5')
for (const file of jsFiles(h5)) {
  const code = readFileSync(file, 'utf8')
  const uses = [...findWebNetwork(code), ...findApiUses(code, FORBIDDEN_APIS)]
  for (const api of new Set(uses)) problems.push(`dist/h5/${relative(h5, file)}: uses ${api}`)
}

const scanned = jsFiles(weapp).length + jsFiles(h5).length
if (problems.length) {
  console.error(`privacy: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
const interfaces = [...used].map((api) => `${api} (${WECHAT_PRIVACY_INTERFACES[api]})`).join(', ')
console.log(`privacy: ${scanned} built JS files scanned: no network API, no personal data, no permission declared`)
console.log(`privacy: WeChat privacy interfaces the weapp calls: ${interfaces || 'none'}; declare them in the 用户隐私保护指引 (README: publishing)`)
