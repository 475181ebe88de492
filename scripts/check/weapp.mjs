#!/usr/bin/env node
// Checks of dist/weapp: every page is built, shareable pages enable both shares, WeChat's
// code-quality checks all pass; prints the package size as WeChat counts it.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { inspectWeapp } from '../lib/weapp-project.mjs'
import { BUDGETS } from '../budgets.mjs'

const root = join(import.meta.dirname, '..', '..')
const out = join(root, 'dist', 'weapp')
const failures = []
const fail = (msg) => failures.push(msg)

if (!existsSync(join(out, 'app.json'))) {
  console.error('weapp: dist/weapp/app.json is missing: run `npm run build:weapp` first')
  process.exit(1)
}
const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8'))
const sourcePages = readdirSync(join(root, 'src', 'pages')).map((name) => `pages/${name}/index`)
const subPages = (app.subPackages ?? app.subpackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`.replace(/\/+/g, '/')))
const builtPages = [...app.pages, ...subPages]

for (const page of sourcePages) if (!builtPages.includes(page)) fail(`app.json does not list ${page}`)
for (const page of builtPages) {
  for (const ext of ['js', 'json', 'wxml', 'wxss']) if (!existsSync(join(out, `${page}.${ext}`))) fail(`${page}.${ext} was not built`)
  const config = readFileSync(join(root, 'src', `${page}.config.ts`), 'utf8')
  const js = readFileSync(join(out, `${page}.js`), 'utf8')
  for (const flag of ['enableShareAppMessage', 'enableShareTimeline']) {
    const wanted = new RegExp(`${flag}:\\s*true`).test(config)
    if (wanted && !new RegExp(`${flag}:!0`).test(js)) fail(`${page}: config enables ${flag} but the compiled page does not`)
  }
}
// What WeChat search may index is said explicitly, not left to the default (WeChat's docs and
// miniprogram-ci disagree on it): app.json names sitemap.json, whose every rule is well formed.
if (app.sitemapLocation !== 'sitemap.json' || !existsSync(join(out, 'sitemap.json'))) fail('app.json must name sitemap.json, and it must be built')
else {
  const sitemap = JSON.parse(readFileSync(join(out, 'sitemap.json'), 'utf8'))
  const rules = Array.isArray(sitemap.rules) ? sitemap.rules : []
  if (rules.length === 0 || !rules.every((r) => ['allow', 'disallow'].includes(r.action) && typeof r.page === 'string')) fail('sitemap.json needs rules, each with action allow|disallow and a page')
}

const shareable = builtPages.filter((p) => /enableShareAppMessage:!0/.test(readFileSync(join(out, `${p}.js`), 'utf8')))
for (const page of ['pages/report/index', 'pages/section/index', 'pages/benefits/index', 'pages/benefit/index']) if (!shareable.includes(page)) fail(`${page} must be shareable`)

const { quality, mainPackageBytes, totalBytes } = await inspectWeapp(out)
for (const r of quality) if (!r.success) fail(`miniprogram-ci ${r.name}: ${r.text}`)

console.log(`weapp: ${builtPages.length} pages, ${shareable.length} shareable (${shareable.join(', ')})`)
console.log(`weapp: miniprogram-ci checkCodeQuality: ${quality.filter((r) => r.success).length}/${quality.length} checks successful`)
console.log(`weapp: package size as WeChat counts it: ${mainPackageBytes} bytes main package (budget ${BUDGETS.weappMainPackageBytes}), ${totalBytes} bytes all packages (budget ${BUDGETS.weappTotalBytes})`)
if (mainPackageBytes > BUDGETS.weappMainPackageBytes) fail(`main package ${mainPackageBytes} bytes is over its budget of ${BUDGETS.weappMainPackageBytes}`)
if (totalBytes > BUDGETS.weappTotalBytes) fail(`all packages ${totalBytes} bytes are over their budget of ${BUDGETS.weappTotalBytes}`)
// The framework chunks stay one-byte text for the JS engine (config/index.ts, asciiOnlyFrameworkChunks).
for (const chunk of ['taro.js', 'vendors.js', 'runtime.js', 'app.js']) {
  const nonAscii = readFileSync(join(out, chunk), 'utf8').match(/[^\x00-\x7f]/g)?.length ?? 0
  if (nonAscii > 0) fail(`${chunk} has ${nonAscii} non-ASCII characters: the engine would hold the whole file as two-byte text`)
}

if (failures.length) {
  console.error(`weapp: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log('weapp: all checks passed')
process.exit(0) // miniprogram-ci leaves a file watcher running
