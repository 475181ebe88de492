#!/usr/bin/env node
// README screenshots from the real H5 build: report home and a section, standard and 长辈模式.
// Run after `npm run build:h5`:  npm run screenshots
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from './lib/static-server.mjs'
import { launchBrowser } from './lib/browser.mjs'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'docs', 'screenshots')
const SHOTS = [
  ['home', '/pages/report/index'],
  ['section', '/pages/section/index?id=livelihood'],
]
const MODES = { standard: false, large: true }

mkdirSync(outDir, { recursive: true })
const server = await serveStatic(join(root, 'dist', 'h5'))
const browser = await launchBrowser()
try {
  for (const [mode, largeText] of Object.entries(MODES)) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    const stored = JSON.stringify({ data: JSON.stringify({ v: 1, largeText, script: 'simplified' }) })
    await context.addInitScript((value) => localStorage.setItem('huaqiao.settings', value), stored)
    const page = await context.newPage()
    for (const [name, hash] of SHOTS) {
      await page.goto(`${server.url}#${hash}`)
      await page.locator('.page-shell').first().waitFor()
      await page.waitForTimeout(500)
      const path = join(outDir, `${name}-${mode}.png`)
      await page.screenshot({ path })
      console.log(`screenshots: wrote ${path.slice(root.length + 1)}`)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
