// The report home's first screen, written into dist/h5/index.html at build time
// (scripts/build/first-screen.mjs): it paints before any app script has run, only when this visit
// will show that screen, and the app's own page replaces it without a visible change.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readData, startH5 } from './harness.mjs'
import { FIRST_SCREEN_HEIGHT_IN_WIDTHS } from '../../scripts/build/first-screen.mjs'

const report = readData('report.json')
const overview = report.overview.map(({ section, figure }) => report.sections.find((s) => s.id === section).figures.find((f) => f.id === figure))

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/**
 * A phone on which the app's scripts have not arrived yet (they are held back; rem.js, the one
 * script in the head, runs), with `settings` stored as the app stores them and text at `fontScale`.
 * One tab serves every call (a tab costs Chromium a renderer process): storage and text size are set
 * for each call, then index.html is loaded afresh at `hash`.
 */
let scriptless = null
async function beforeTheApp(hash, { settings = null, stored = undefined, fontScale = 1 } = {}) {
  scriptless ??= (async () => {
    const context = await h5.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
    await context.route('**/js/**', (route) => route.abort())
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Page.enable')
    await page.goto(h5.url) // on the app's origin, so that its storage can be written
    return { page, cdp }
  })()
  const { page, cdp } = await scriptless
  const value = stored ?? (settings && JSON.stringify({ data: JSON.stringify({ v: 1, ...settings }) }))
  await page.evaluate((v) => (v ? localStorage.setItem('huaqiao.settings', v) : localStorage.clear()), value)
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * fontScale) } })
  await page.evaluate((url) => window.history.replaceState(null, '', url), `/${hash}`)
  await page.reload()
  return { page, shown: await page.locator('#first-screen').isVisible() }
}

describe('the first screen in index.html', () => {
  it('paints the report home before any app script has run: title, the overview figures, the tab bar', async () => {
    const { page, shown } = await beforeTheApp('')
    assert.equal(shown, true)
    const text = await page.locator('#first-screen').innerText()
    assert.ok(text.includes(report.title), 'no report title')
    for (const f of overview.slice(0, 4)) assert.ok(text.includes(`${f.value}`) && text.includes(f.label.slice(0, 4)), `no ${f.value}${f.unit} ${f.label}`)
    assert.ok(text.includes('惠民政策'))
    // Nobody can tab into it or hear it twice: it is inert and hidden from screen readers.
    assert.equal(await page.locator('#first-screen').getAttribute('inert'), '')
    assert.equal(await page.locator('#first-screen').getAttribute('aria-hidden'), 'true')
    assert.equal(await page.locator('#first-screen [id]').count(), 0, 'ids inside the first screen would clash with the app')
  })

  for (const hash of ['#/pages/report/index', '#/']) {
    it(`shows for the home link ${hash}`, async () => {
      const { shown } = await beforeTheApp(hash)
      assert.equal(shown, true)
    })
  }

  for (const hash of [
    '#/pages/section/index?id=livelihood',
    '#/pages/benefit/index?id=dibao',
    '#/pages/search/index?q=%E4%BD%8E%E4%BF%9D',
    '#/pages/mine/index',
    '#/pages/nope',
  ]) {
    it(`never flashes the home on a deep link: ${hash}`, async () => {
      const { shown } = await beforeTheApp(hash)
      assert.equal(shown, false)
    })
  }

  for (const [what, options, expected] of [
    ['长辈模式 remembered', { settings: { largeText: true, script: 'simplified' } }, false],
    ['繁體 remembered', { settings: { largeText: false, script: 'traditional' } }, false],
    ['enlarged text, no choice stored (长辈模式 turns on by itself)', { fontScale: 1.5 }, false],
    ['enlarged text, standard size remembered', { fontScale: 1.5, settings: { largeText: false, script: 'simplified' } }, true],
    ['text at 1.05×', { fontScale: 1.05 }, true],
    ['corrupted storage', { stored: '{"data":"%%%' }, true],
  ]) {
    it(`${expected ? 'shows' : 'stays hidden'} with ${what}`, async () => {
      const { shown } = await beforeTheApp('', options)
      assert.equal(shown, expected)
    })
  }

  // A common phone, and the tallest the first screen is cut for (FIRST_SCREEN_HEIGHT_IN_WIDTHS): what
  // the build left out lies below the bottom edge of both.
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 360, height: Math.floor(360 * FIRST_SCREEN_HEIGHT_IN_WIDTHS) },
  ]) {
    it(`is replaced by the app without a visible change (${viewport.width}×${viewport.height})`, async () => {
      const context = await h5.browser.newContext({ viewport, locale: 'zh-CN' })
      let release
      const held = new Promise((resolve) => (release = resolve))
      await context.route('**/js/**', async (route) => {
        await held
        await route.continue()
      })
      const page = await context.newPage()
      await page.goto(h5.url, { waitUntil: 'commit' })
      await page.locator('#first-screen').waitFor({ state: 'visible' })
      await page.evaluate(() => document.fonts.ready)
      const painted = await page.screenshot()
      release()
      await page.locator('#app .page-shell').first().waitFor()
      await page.locator('#first-screen').waitFor({ state: 'detached' })
      await page.waitForLoadState('networkidle')
      assert.equal(await page.getByText(report.title, { exact: true }).count(), 1)
      const booted = await page.screenshot()
      assert.ok(painted.equals(booted), 'the app looks different from the first screen it replaced')
      await context.close()
    })
  }

  it('rem.js hides it at the same text scale as the app (LARGE_FONT_SCALE)', () => {
    const rem = readFileSync(join(ROOT, 'src', 'web', 'rem.js'), 'utf8')
    const settings = readFileSync(join(ROOT, 'src', 'domain', 'reader', 'settings.ts'), 'utf8')
    const threshold = settings.match(/export const LARGE_FONT_SCALE = ([\d.]+)/)[1]
    assert.match(rem, new RegExp(`var LARGE_FONT_SCALE = ${threshold.replace('.', '\\.')}\\b`))
  })
})
