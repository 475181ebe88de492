#!/usr/bin/env node
// Lighthouse accessibility must be 100 on the report home, a section, the benefits list and a benefit page.
import { join } from 'node:path'
import { serveStatic } from '../lib/static-server.mjs'
import { AUDITED_PAGES } from '../lib/audited-pages.mjs'
import { startLighthouse } from '../lib/lighthouse.mjs'
import { assertChromium } from '../lib/browser.mjs'

assertChromium()
const server = await serveStatic(join(import.meta.dirname, '..', '..', 'dist', 'h5'))
const lighthouse = await startLighthouse()
let failed = 0
try {
  for (const [name, hash] of Object.entries(AUDITED_PAGES)) {
    const { scores, failedAudits } = await lighthouse.run(`${server.url}#${hash}`, ['accessibility'])
    const ok = scores.accessibility === 100
    if (!ok) failed += 1
    console.log(`lighthouse: ${name}: accessibility ${scores.accessibility}${ok ? '' : ` (failed audits: ${failedAudits.join(', ')})`}`)
  }
} finally {
  await lighthouse.stop()
  await server.close()
}
console.log(`lighthouse: ${Object.keys(AUDITED_PAGES).length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
