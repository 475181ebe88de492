// Shared set-up for browser tests of the production H5 build (dist/h5) served on 127.0.0.1.
import { after, before } from 'node:test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '../../scripts/lib/static-server.mjs'
import { launchBrowser, phoneContext } from '../../scripts/lib/browser.mjs'
import floorBuiltins from '../../config/floor-builtins.cjs'
import { readData } from '../support/app-data.mjs'

export { readData }

/**
 * The built-ins the web build's oldest browser lacks (config/floor.cjs): `open(…, { atFloor: true })`
 * deletes them first. All but `globalThis`, which Playwright's own page.evaluate needs (the build's
 * uses of it are checked in floor.e2e.test.mjs, and the lint forbids it in src/).
 */
export const H5_FLOOR_DELETES = floorBuiltins.builtinsToDelete('h5').filter((path) => path !== 'globalThis')

export const ROOT = join(import.meta.dirname, '..', '..')
export const H5_DIR = join(ROOT, 'dist', 'h5')

/**
 * The shipped report with its text, all its figures (the home's package has only the cards') and their
 * quotes joined back in, as the section pages show them (domain/report/section-figures.ts).
 */
export function readReport() {
  const text = readData('report-text.json')
  const quotes = readData('report-quotes.json')
  const more = readData('report-more-figures.json')
  const report = readData('report.json')
  const allFigures = (s) => {
    const figures = [...s.figures]
    for (const { at, ...f } of more[s.id] ?? []) figures.splice(at, 0, f)
    return figures.map((f) => ({ ...f, quote: quotes[s.id][f.id] }))
  }
  return { ...report, sections: report.sections.map((s) => ({ ...s, paragraphs: text[s.id], figures: allFigures(s) })) }
}

/**
 * One server and one Chromium per process, shared by every file's tests (test/e2e/all.mjs runs all the
 * files in one process): a Chromium costs about 2 s of CPU to start, stop and warm up. Each `startH5`
 * holds it; the last `stop` closes it.
 */
let shared = null
let holders = 0
function holdShared() {
  holders += 1
  shared ??= (async () => {
    if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
    return { server: await serveStatic(H5_DIR), browser: await launchBrowser({ localOnly: true }) }
  })()
  return shared
}
async function releaseShared() {
  holders -= 1
  if (holders > 0 || !shared) return
  const { server, browser } = await shared
  shared = null
  await browser.close()
  await server.close()
}

/** Writes the reader's choices into every page `context` opens, before any script, as the app keeps them (src/platform/storage.ts). */
export async function storeSettings(context, settings) {
  const stored = JSON.stringify({ data: JSON.stringify({ v: 1, ...settings }) })
  await context.addInitScript((value) => localStorage.setItem('huaqiao.settings', value), stored)
}

/**
 * The served build and the browser; `open(hash)` gives a phone page that records console errors and
 * stray requests (this caller's own: phones are not shared between callers).
 */
export async function startH5() {
  const { server, browser } = await holdShared()
  const problems = { consoleErrors: [], foreignRequests: [] }

  /**
   * A phone is a browser context with one tab. A new tab costs Chromium a renderer process (0.5–0.9 s
   * of CPU, more than a whole page load in a tab that exists), so a phone a test is done with goes back
   * to a pool and the next `open` of the same kind loads the app afresh in its tab (a new document,
   * not a hash change of the last one). A phone comes back with its storage emptied (stored settings
   * are written again on each load), so what one test changes cannot reach the next; it keeps its
   * browser cache, as a phone that has opened the app before.
   */
  const idlePhones = new Map()
  const pagePhones = new Map()
  const tabLabels = new WeakMap()
  async function takePhone(options) {
    const kept = idlePhones.get(JSON.stringify(options))?.pop()
    if (kept) return kept
    return newPhone(options)
  }
  async function newPhone(options) {
    const { width, height, settings, atFloor } = options
    const context = await phoneContext(browser, { width, height })
    if (atFloor) await context.addInitScript(floorBuiltins.deleteBuiltinsScript(H5_FLOOR_DELETES))
    if (settings) await storeSettings(context, settings)
    // Anything that would leave this machine is recorded (and cannot resolve: see launchBrowser).
    context.on('request', (request) => {
      if (!request.url().startsWith(server.url)) problems.foreignRequests.push(request.url())
    })
    const page = await context.newPage()
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(`${tabLabels.get(page)}: ${msg.text()}`)
    })
    page.on('pageerror', (err) => problems.consoleErrors.push(`${tabLabels.get(page)}: ${err.message}`))
    return { context, page, options }
  }

  /**
   * A phone page at `hash`. `settings` is written to storage first, as the app would have saved it;
   * `fontScale` raises the browser's default text size (as a phone's text-size setting does);
   * `atFloor` opens it on the oldest browser the build claims (its missing built-ins deleted).
   */
  async function open(hash, { width = 390, height = 844, settings = null, fontScale = 1, atFloor = false } = {}) {
    const phone = await takePhone({ width, height, settings, fontScale, atFloor })
    const { page } = phone
    pagePhones.set(page, phone)
    tabLabels.set(page, hash)
    page.setDefaultTimeout(8000)
    if (fontScale !== 1) {
      const cdp = await phone.context.newCDPSession(page)
      await cdp.send('Page.enable')
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * fontScale) } })
    }
    if (page.url().startsWith(server.url)) {
      // A kept tab: the next page's address without telling the app still in it, then a new document
      // there (a reload costs Chromium ~200 ms of CPU less than a navigation through about:blank).
      await page.evaluate((url) => window.history.replaceState(null, '', url), `/#${hash}`)
      await page.reload()
    } else {
      await page.goto(`${server.url}#${hash}`)
    }
    // The app's own page (index.html's first screen is gone once it shows).
    await page.locator('#app .page-shell').first().waitFor({ state: 'visible', timeout: 15000 })
    await page.locator('#first-screen').waitFor({ state: 'detached' })
    // A page that renders its lower part a moment later (PageShell's `later`) is aria-busy until then.
    await page.locator('#app .page-shell[aria-busy="true"]').waitFor({ state: 'detached', timeout: 15000 })
    // Settled: effects may still change the page after that (a title, a scroll), so wait until the
    // app's tree has not changed for 50 ms (2 s at most: a page that never stops
    // changing is then caught by the test's own assertions, not by a hang).
    await page.evaluate(
      () =>
        new Promise((settled) => {
          setTimeout(done, 2000)
          let timer = setTimeout(done, 50)
          const observer = new MutationObserver(() => {
            clearTimeout(timer)
            timer = setTimeout(done, 50)
          })
          function done() {
            observer.disconnect()
            settled()
          }
          observer.observe(document.getElementById('app'), { childList: true, subtree: true, characterData: true })
        }),
    )
    return page
  }

  /** Done with a page: its phone, emptied, goes back to the pool (one with a changed text size is put away). */
  async function close(page) {
    const phone = pagePhones.get(page)
    pagePhones.delete(page)
    if (!phone || page.isClosed()) return
    const emptied = phone.options.fontScale === 1 && (await page.evaluate(() => localStorage.clear()).then(() => true, () => false))
    if (!emptied) return phone.context.close()
    // A test may have turned the phone on its side.
    const { width, height } = phone.options
    if (page.viewportSize().width !== width || page.viewportSize().height !== height) await page.setViewportSize({ width, height })
    const key = JSON.stringify(phone.options)
    idlePhones.set(key, [...(idlePhones.get(key) ?? []), phone])
  }

  async function stop() {
    await Promise.all([...idlePhones.values()].flat().map((phone) => phone.context.close()))
    await releaseShared()
  }
  return { open, close, stop, problems, url: server.url, browser }
}

/** The sample build (dist/sample/h5: the town's sample facts and a made-up second year, scripts/build/sample.mjs). */
export const SAMPLE_H5_DIR = join(ROOT, 'dist', 'sample', 'h5')

/**
 * The shared browser (startH5) and the sample build served beside it, for the calling test file: its
 * before and after hooks start and stop them; the object returned is filled in once they have started
 * ({ h5, url }).
 */
export function sampleForThisFile() {
  const sample = {}
  before(async () => Object.assign(sample, await startSample()))
  after(async () => sample.stop?.())
  return sample
}

async function startSample() {
  if (!existsSync(join(SAMPLE_H5_DIR, 'index.html'))) throw new Error('dist/sample/h5 is missing: run `node scripts/build/sample.mjs h5` first')
  const h5 = await startH5()
  const sample = await serveStatic(SAMPLE_H5_DIR)
  return {
    h5,
    url: sample.url,
    stop: async () => {
      await sample.close()
      await h5.stop()
    },
  }
}
