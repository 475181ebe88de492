// Shared set-up for browser tests of the production H5 build (dist/h5) served on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '../../scripts/lib/static-server.mjs'
import { launchBrowser, phoneContext } from '../../scripts/lib/browser.mjs'

export const ROOT = join(import.meta.dirname, '..', '..')
export const H5_DIR = join(ROOT, 'dist', 'h5')
export const readData = (name) => JSON.parse(readFileSync(join(ROOT, 'src', 'data', name), 'utf8'))

/** The shipped report with each section's text joined back in. */
export function readReport() {
  const text = readData('report-text.json')
  const report = readData('report.json')
  return { ...report, sections: report.sections.map((s) => ({ ...s, paragraphs: text[s.id] })) }
}

/** Starts the server and browser; `open(hash)` gives a fresh phone page that records console errors and stray requests. */
export async function startH5() {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const server = await serveStatic(H5_DIR)
  const browser = await launchBrowser()
  const problems = { consoleErrors: [], foreignRequests: [] }

  /**
   * Phones that always start from the same stored settings are kept and reused (a fresh page each
   * time, with the browser cache of a phone that has opened the app before); anything else gets a
   * phone of its own, so a test that changes storage cannot reach the next one.
   */
  const phones = new Map()
  const pagePhones = new Map()
  function phoneFor({ width, height, settings, fontScale }) {
    const reusable = settings !== null && fontScale === 1
    const key = JSON.stringify({ width, height, settings })
    if (reusable && phones.has(key)) return phones.get(key)
    const phone = newPhone({ width, height, settings }, reusable)
    if (reusable) phones.set(key, phone)
    return phone
  }
  async function newPhone({ width, height, settings }, reusable) {
    const context = await phoneContext(browser, { width, height })
    if (settings) {
      const stored = JSON.stringify({ data: JSON.stringify({ v: 1, ...settings }) })
      await context.addInitScript((value) => localStorage.setItem('huaqiao.settings', value), stored)
    }
    // Anything that would leave this machine is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('http://127.0.0.1:') || url.startsWith('data:')) return route.continue()
      problems.foreignRequests.push(url)
      return route.abort()
    })
    return { context, reusable }
  }

  /**
   * A new tab costs Chromium about 300 ms (a renderer process of its own), so the next one for the
   * same kind of phone is made while the current test runs: each `open` takes a blank tab made ahead.
   */
  const spares = new Map()
  function makeSpare(options) {
    const spare = phoneFor(options).then(async (phone) => ({ phone, page: await phone.context.newPage() }))
    spare.catch(() => {}) // a spare the run never takes may fail as the browser closes
    return spare
  }
  /** A blank tab for this kind of phone: the one made ahead, or a new one. */
  function blankTab(options) {
    const key = JSON.stringify(options)
    const spare = spares.get(key) ?? makeSpare(options)
    spares.delete(key)
    return spare
  }
  /** Makes the next tab for this kind of phone, once the page being opened has settled (not to slow its start). */
  function prepareNext(options) {
    const key = JSON.stringify(options)
    if (!spares.has(key)) spares.set(key, makeSpare(options))
  }

  /**
   * A phone page at `hash`. `settings` is written to storage first, as the app would have saved it;
   * `fontScale` raises the browser's default text size (as a phone's text-size setting does).
   */
  async function open(hash, { width = 390, height = 844, settings = null, fontScale = 1 } = {}) {
    const { phone, page } = await blankTab({ width, height, settings, fontScale })
    pagePhones.set(page, phone)
    page.setDefaultTimeout(8000)
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(`${hash}: ${msg.text()}`)
    })
    page.on('pageerror', (err) => problems.consoleErrors.push(`${hash}: ${err.message}`))
    if (fontScale !== 1) {
      const cdp = await phone.context.newCDPSession(page)
      await cdp.send('Page.enable')
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * fontScale) } })
    }
    await page.goto(`${server.url}#${hash}`)
    // The app's own page (index.html's first screen is gone once it shows).
    await page.locator('#app .page-shell').first().waitFor({ state: 'visible', timeout: 15000 })
    await page.locator('#first-screen').waitFor({ state: 'detached' })
    // Settled: a page may render its lower part a task after the first (the report home does), so
    // wait until the app's tree has not changed for 50 ms (2 s at most: a page that never stops
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
    prepareNext({ width, height, settings, fontScale })
    return page
  }

  /** Done with a page: a kept phone stays for the next test, any other phone is put away. */
  async function close(page) {
    const phone = pagePhones.get(page)
    pagePhones.delete(page)
    if (phone?.reusable) await page.close()
    else await page.context().close()
  }

  async function stop() {
    await browser.close()
    await server.close()
  }
  return { open, close, stop, problems, url: server.url, browser }
}
