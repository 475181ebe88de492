// One random villager session on the H5 build in Chromium: taps on anything tappable, the browser's
// Back, typing into a search box, tab switches and the reading settings, at a villager's pace or
// faster, while every script of the app arrives 0–2 s late (a slow phone on a weak signal), so pages
// load while the next tap or Back comes. It reports what a villager must never meet: a page error,
// a console error, a blank screen, the same page twice in a row, a page that is not the one its
// address names.
import * as OpenCC from 'opencc-js'
import { phoneContext } from '../../scripts/lib/browser.mjs'
import { QUERIES, randomSource } from './random.mjs'

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The heading a page must show for its address, where the address names one (sections and benefits). */
export function expectedHeadings({ report, benefits }) {
  return new Map([
    ...report.sections.map((s) => [`/pages/section/index?id=${s.id}`, s.title]),
    ...benefits.benefits.map((b) => [`/pages/benefit/index?id=${b.id}`, b.name]),
  ])
}

/** A page address without Taro's stamp and with its parameters in order: `/pages/x/index?a=1`. */
export function pageKey(address) {
  const [path, query = ''] = address.replace(/^#/, '').split('?')
  const params = new URLSearchParams(query)
  params.delete('stamp')
  params.sort()
  const rest = params.toString()
  return rest ? `${path}?${rest}` : path
}

// Runs in the page: what the villager can see and tap now.
function screenNow() {
  const visible = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
  const pages = [...document.querySelectorAll('.taro_page')]
  const shown = pages.filter(visible)
  const top = shown[shown.length - 1] ?? null
  document.querySelectorAll('[data-session-target]').forEach((el) => el.removeAttribute('data-session-target'))
  const kinds = { tap: [], tab: [], setting: [], type: [] }
  const candidates = [...document.querySelectorAll('[role="button"], [role="link"], button, a[href], input, textarea')].filter(
    (el) => visible(el) && !el.closest('[aria-hidden="true"]') && (!el.closest('.taro_page') || el.closest('.taro_page') === top),
  )
  candidates.forEach((el, i) => {
    el.setAttribute('data-session-target', String(i))
    const label = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || el.tagName).trim().slice(0, 24)
    const target = { i, label }
    if (el.matches('input, textarea')) kinds.type.push(target)
    else kinds.tap.push(target)
    if (el.closest('.tab-bar')) kinds.tab.push(target)
    if (/长辈模式|長輩模式|繁體|简体|簡體/.test(label)) kinds.setting.push(target)
  })
  return {
    address: window.location.hash,
    pages: pages.map((p) => p.id),
    // Taro's page ids keep the query for some pages only, so a page is told apart by its heading too
    // (two chapters in a row are two pages; the same chapter twice is one page twice).
    pageHeadings: pages.map((p) => p.querySelector('[role="heading"]')?.textContent?.trim() ?? ''),
    top: top?.id ?? null,
    heading: top?.querySelector('[role="heading"]')?.textContent?.trim() ?? null,
    text: top ? top.innerText.trim() : '',
    kinds,
  }
}

/**
 * Runs session `seed` on a new phone at 360×740. `url` is the served dist/h5. Returns the steps taken
 * and the problems found (none is a pass).
 */
export async function runBrowserSession({ browser, url, seed, actions = 40, maxScriptDelay = 2000, maxPause = 700, headings }) {
  const random = randomSource(seed)
  const delays = randomSource(seed + 0x9e3779b9)
  const steps = []
  const problems = []
  const context = await phoneContext(browser, { width: 360, height: 740 })
  await context.route(`${url}/js/**`, async (route) => {
    await sleep(delays.int(0, maxScriptDelay))
    await route.continue().catch(() => {}) // the phone may have closed meanwhile
  })
  const page = await context.newPage()
  page.on('pageerror', (err) => problems.push(`page error after step ${steps.length}: ${err.message}`))
  page.on('console', (msg) => {
    // Taro's web makePhoneCall sets location to a tel: link in the tap itself. A desktop Chromium has
    // no handler for it, and refuses a second launch soon after the first one ("Failed to launch" /
    // "Not allowed to launch 'tel:…' because a user gesture is required"): the browser's, not the app's.
    if (msg.type() === 'error' && !/(Failed|Not allowed) to launch 'tel:/.test(msg.text())) problems.push(`console error after step ${steps.length}: ${msg.text()}`)
  })
  const step = (text) => steps.push(text)
  try {
    await page.goto(`${url}#/pages/report/index`)
    await page.locator('#app .page-shell').first().waitFor({ timeout: 30000 })
    for (let n = 0; n < actions; n++) {
      const screen = await page.evaluate(screenNow)
      const kind = random.action()
      const options = screen.kinds[kind === 'back' ? 'tap' : kind]
      if (kind === 'back') {
        // From the page the app opened on, Back leaves the app (WeChat closes it; a browser goes to
        // where it came from): not part of a session.
        const first = await page.evaluate(() => !(window.history.state?.idx > 0))
        step(`Back (on ${pageKey(screen.address)})${first ? ': the first page, Back would leave the app' : ''}`)
        if (!first) await page.goBack({ waitUntil: 'commit', timeout: 3000 }).catch(() => {})
      } else if (options.length === 0) {
        step(`${kind}: nothing to ${kind} on ${pageKey(screen.address)}`)
      } else {
        const target = random.pick(options)
        const element = page.locator(`[data-session-target="${target.i}"]`)
        if (kind === 'type') {
          const query = random.pick(QUERIES)
          step(`type ${JSON.stringify(query)} into 「${target.label}」`)
          await element.fill(query, { timeout: 1500 }).catch(() => step('  (the box had gone)'))
        } else {
          step(`${kind} 「${target.label}」 on ${pageKey(screen.address)}`)
          await element.click({ timeout: 1500, noWaitAfter: true }).catch(() => step('  (it had gone, or something covered it)'))
        }
      }
      await sleep(random.int(0, maxPause))
      let now = await page.evaluate(screenNow)
      // Blank for a moment while a page slides in is fine; blank 2 s on is a villager stranded.
      for (let waited = 0; !now.text && waited < 2000; waited += 250) {
        await sleep(250)
        now = await page.evaluate(screenNow)
      }
      if (!now.text) {
        problems.push(`blank screen 2 s after step ${steps.length}, at ${pageKey(now.address)} (pages: ${now.pages.join(', ')})`)
        break
      }
      const keys = now.pages.map((id, i) => `${pageKey(id)} 「${now.pageHeadings[i]}」`)
      if (keys.some((key, i) => i > 0 && key === keys[i - 1])) {
        problems.push(`the same page twice in a row after step ${steps.length}: ${keys.join(' → ')}`)
        break
      }
    }
    // A blank screen is one that stays: look 2 s after the last action.
    await sleep(2000)
    const last = await page.evaluate(screenNow)
    if (!last.text) problems.push(`blank screen 2 s after the last action, at ${pageKey(last.address)} (pages: ${last.pages.join(', ')})`)
    // The page on screen is the one the address names, once every late script has come.
    let settled = last
    // (Taro's page ids keep the query only for some pages, so the path is compared, and the heading
    // shows whether the page is the one the query names.)
    const pathOf = (address) => address?.replace(/^#/, '').split('?')[0]
    const matches = (screen) => screen.top !== null && pathOf(screen.top) === pathOf(screen.address)
    for (let waited = 0; waited < 8000 && !matches(settled); waited += 250) {
      await sleep(250)
      settled = await page.evaluate(screenNow)
    }
    if (!matches(settled)) {
      problems.push(`the address is ${pageKey(settled.address)} but the screen shows ${settled.top ?? 'no page'}`)
    } else {
      const expected = headings.get(pageKey(settled.address).replace(/&p=\d+$/, ''))
      if (expected && toSimplified(settled.heading ?? '') !== expected)
        problems.push(`${pageKey(settled.address)} shows the heading 「${settled.heading}」, not 「${expected}」`)
    }
    // A page that failed to draw shows its error screen and keeps the error on the phone (src/platform/error-log.ts).
    const kept = await page.evaluate(() => localStorage.getItem('huaqiao.errors'))
    if (kept) for (const e of JSON.parse(JSON.parse(kept).data)) problems.push(`${e.page} failed to draw (kept on the phone): ${e.message}`)
  } catch (err) {
    problems.push(`the session could not go on: ${err.message.split('\n')[0]}`)
  } finally {
    await context.close()
  }
  return { steps, problems }
}
