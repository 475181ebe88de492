// Lighthouse (npm lighthouse@12) through its Node API against Debian's Chromium, mobile. One browser
// serves every run of a script: Lighthouse resets the page's storage and cache before each run itself,
// and starting Node's Lighthouse and a browser per page cost about 7 s a page.
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.mjs'

const ALL_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** What one Lighthouse run found: category scores (0–100), the paint and blocking metrics (simulated, and the paints as observed), failed binary audits. */
function summarise(lhr, categories) {
  const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : null)
  const audit = (id) => lhr.audits[id]?.numericValue ?? null
  // The load as Lighthouse recorded it, before it simulated a slow phone over it.
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {}
  return {
    scores: Object.fromEntries(categories.map((c) => [c, score(c)])),
    lcpMs: audit('largest-contentful-paint'),
    fcpMs: audit('first-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    observedFcpMs: observed.observedFirstContentfulPaint ?? null,
    observedLcpMs: observed.observedLargestContentfulPaint ?? null,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  }
}

/** Starts the browser; `run(url, categories)` audits one page with Lighthouse's mobile defaults (simulated slow 4G). */
export async function startLighthouse() {
  const chromeFlags = CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f))
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags })
  async function run(url, categories = ALL_CATEGORIES) {
    const flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: categories, formFactor: 'mobile', disableFullPageScreenshot: true }
    const result = await lighthouse(url, flags)
    if (!result?.lhr) throw new Error(`lighthouse gave no result for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message} (${url})`)
    return summarise(result.lhr, categories)
  }
  return { run, stop: () => chrome.kill() }
}
