#!/usr/bin/env node
// Lighthouse accessibility must be 100 on the report home, a section, the benefits list and a benefit page.
import { join } from 'node:path'
import { serveStatic } from '../lib/static-server.mjs'
import { startLighthouse } from '../lib/lighthouse.mjs'
import { assertChromium } from '../lib/browser.mjs'

export const LIGHTHOUSE_PAGES = {
  'report home': '/pages/report/index',
  section: '/pages/section/index?id=livelihood',
  'benefits list': '/pages/benefits/index',
  benefit: '/pages/benefit/index?id=dibao',
}

assertChromium()
const server = await serveStatic(join(import.meta.dirname, '..', '..', 'dist', 'h5'))
const lighthouse = await startLighthouse()
let failed = 0
try {
  for (const [name, hash] of Object.entries(LIGHTHOUSE_PAGES)) {
    const { scores, failedAudits } = await lighthouse.run(`${server.url}#${hash}`, ['accessibility'])
    const ok = scores.accessibility === 100
    if (!ok) failed += 1
    console.log(`lighthouse: ${name}: accessibility ${scores.accessibility}${ok ? '' : ` (failed audits: ${failedAudits.join(', ')})`}`)
  }
} finally {
  await lighthouse.stop()
  await server.close()
}
console.log(`lighthouse: ${4 - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
