#!/usr/bin/env node
// `npm run sessions`: random villager sessions on both production builds (build them first).
//   npm run sessions                                   the full set: 200 on the H5 build, 1,000 on dist/weapp
//   npm run sessions -- --target h5 --seed 17          one session, its steps printed (a failing test's replay)
//   npm run sessions -- --target weapp --count 5000    more of one kind
// Options: --target h5|weapp|both, --seed N (the first seed), --count N, --actions N (40).
import { parseArgs } from 'node:util'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from './lib/browser.mjs'
import { serveStatic } from './lib/static-server.mjs'
import { expectedHeadings, runBrowserSession } from '../test/sessions/browser-session.mjs'
import { runWeappSession } from '../test/sessions/weapp-session.mjs'
import { runSessions } from '../test/sessions/random.mjs'

const ROOT = join(import.meta.dirname, '..')
const { values } = parseArgs({
  options: { target: { type: 'string', default: 'both' }, seed: { type: 'string' }, count: { type: 'string' }, actions: { type: 'string', default: '40' } },
})
const one = values.seed !== undefined && values.count === undefined
const first = Number(values.seed ?? 1)
const actions = Number(values.actions)
const read = (name) => JSON.parse(readFileSync(join(ROOT, 'src', 'data', name), 'utf8'))
const headings = expectedHeadings({ report: read('report.json'), benefits: read('benefits.json') })
const FULL = { h5: 200, weapp: 1000 }

async function runTarget(target, run, concurrency) {
  const count = one ? 1 : Number(values.count ?? FULL[target])
  const started = Date.now()
  const failures = await runSessions({
    first,
    count,
    concurrency,
    target,
    actions,
    run: async (seed) => {
      const result = await run(seed)
      if (one) console.log(result.steps.map((s, i) => `${String(i + 1).padStart(2)}. ${s}`).join('\n'))
      return result
    },
  })
  console.log(`${target}: ${count} session(s) from seed ${first}, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  for (const failure of failures) console.log(`\n${failure}`)
  return failures.length
}

let failed = 0
if (values.target !== 'weapp') {
  const dir = join(ROOT, 'dist', 'h5')
  if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const server = await serveStatic(dir)
  const browser = await launchBrowser({ localOnly: true })
  failed += await runTarget('h5', (seed) => runBrowserSession({ browser, url: server.url, seed, actions, headings }), 4)
  await browser.close()
  await server.close()
}
if (values.target !== 'h5') {
  const root = join(ROOT, 'dist', 'weapp')
  if (!existsSync(join(root, 'app.json'))) throw new Error('dist/weapp is missing: run `npm run build:weapp` first')
  failed += await runTarget('weapp', (seed) => runWeappSession({ root, seed, actions, headings }), 16)
}
process.exit(failed ? 1 : 0)
