#!/usr/bin/env node
// After the H5 production build: the report home's first screen, as the built app itself renders it in
// Chromium, goes into dist/h5/index.html with the styles it uses, so a phone on a slow network paints
// it before any script has loaded. When the app starts, its first page replaces it (PageShell →
// src/platform/first-screen.ts). rem.js hides it before the body is parsed when this visit will show something
// else: a deep link to another page, 长辈模式 or 繁體 remembered, or enlarged text with no choice stored.
// Only what the tallest phone shows is kept: the overlay cannot scroll, and the rest was layout and
// paint for nothing while the phone is busiest. Of the styles, the rules Taro's scripts inject at run
// time are copied in; rem.js and the app's one stylesheet are then written into the head
// (inline-head.mjs), so nothing holds up the first paint but index.html itself. The same visit
// records which scripts each page fetches, for rem.js to preload on a deep link (route-chunks.mjs).
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from '../lib/browser.mjs'
import { precompressFile } from '../lib/precompress.mjs'
import { serveStatic } from '../lib/static-server.mjs'
import { loadTs } from '../lib/load-ts.mjs'
import { recordRouteChunks, withRouteChunks, withoutRouteChunks } from './route-chunks.mjs'
import { inlineHead, withoutInlinedHead } from './inline-head.mjs'
import { linkTitles, withLinkTitles, withoutLinkTitles } from './link-titles.mjs'
import { withFirstScreen, withoutFirstScreen } from './first-screen-html.mjs'

const root = join(import.meta.dirname, '..', '..')
const dir = join(root, 'dist', 'h5')
const file = join(dir, 'index.html')

/**
 * The first screen keeps what lies within this many screen widths of the top. Everything on the page
 * scales with its width (rem), so this covers every phone up to 24.75:9, past the tallest sold
 * (21:9, and a folding phone's cover screen at about 23:9).
 */
export const FIRST_SCREEN_HEIGHT_IN_WIDTHS = 2.75

/** The report home as the built app renders it, and the scripts each page fetches (route-chunks.mjs). */
async function capture(html) {
  const server = await serveStatic(dir)
  const browser = await launchBrowser()
  try {
    const { PAGES } = await loadTs(join(root, 'src', 'routes.ts'))
    const chunks = await recordRouteChunks(browser, server.url, Object.values(PAGES), html)
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${server.url}#/pages/report/index`)
    await page.locator('#app .page-shell').first().waitFor()
    await page.waitForLoadState('networkidle')
    const screen = await page.evaluate((heightInWidths) => {
      const app = document.getElementById('app')
      const cutoff = heightInWidths * window.innerWidth
      const below = [...app.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().top >= cutoff)
      for (const el of below) el.remove()
      // Only the rules the app's scripts inject (Taro's components and router): the build's one
      // stylesheet goes into the head whole. Of those, the rules that style something on this screen
      // (Taro's React components inject their whole library's styles).
      const css = [...document.styleSheets]
        .filter((sheet) => sheet.ownerNode?.nodeName === 'STYLE')
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(function used(rule) {
          // Grouping rules (@media, @supports) stay when any rule inside does; @font-face and
          // @keyframes go. (A style rule has cssRules too, for nesting: test selectorText first.)
          if (!rule.selectorText) return [...(rule.cssRules ?? [])].some(used)
          try {
            return document.querySelector(rule.selectorText.replace(/::?[a-z-]+(\([^)]*\))?/g, '')) !== null
          } catch {
            return true
          }
        })
        .map((rule) => rule.cssText)
        .join('\n')
      return { css, markup: app.innerHTML, left: app.querySelectorAll('*').length, cut: below.length }
    }, FIRST_SCREEN_HEIGHT_IN_WIDTHS)
    return { screen, chunks }
  } finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = withoutInlinedHead(withoutLinkTitles(withoutRouteChunks(withoutFirstScreen(readFileSync(file, 'utf8')))))
  writeFileSync(file, built)
  rmSync(`${file}.gz`, { force: true })
  rmSync(`${file}.br`, { force: true })
  const { screen, chunks } = await capture(built)
  if (!screen.markup.includes('page-shell')) throw new Error('first-screen: the report home did not render')
  if (!Object.values(chunks).some((files) => files.length > 0)) throw new Error('first-screen: no page fetched a script of its own')
  const href = built.match(/<link href="(\.\/css\/[^"]+\.css)" rel="stylesheet">/)?.[1]
  if (!href) throw new Error('first-screen: index.html links no stylesheet')
  const { routes } = await loadTs(join(root, 'src', 'routes.ts'))
  const readJson = (name) => JSON.parse(readFileSync(join(root, 'src', 'data', name), 'utf8'))
  const titles = linkTitles(readJson('report.json'), readJson('benefits.json').benefits, routes)
  const html = inlineHead(withLinkTitles(withRouteChunks(withFirstScreen(built, screen), chunks), titles), {
    script: { src: './rem.js', code: readFileSync(join(dir, 'rem.js'), 'utf8') },
    style: { href, css: readFileSync(join(dir, href), 'utf8') },
  })
  writeFileSync(file, html)
  precompressFile(file)
  const gz = readFileSync(`${file}.gz`).length
  console.log(`first-screen: wrote the report home's first screen into dist/h5/index.html (${screen.left} elements; ${screen.cut} below ${FIRST_SCREEN_HEIGHT_IN_WIDTHS} screen widths left out), with rem.js and ${href} inlined (${Buffer.byteLength(html)} B, ${gz} B gzip)`)
  console.log(`first-screen: scripts each page fetches, preloaded by rem.js: ${JSON.stringify(chunks)}`)
  console.log(`first-screen: headings of ${Object.keys(titles).length} sections and benefits, for rem.js to show at once on a link to one`)
}
