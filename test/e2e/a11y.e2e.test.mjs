// Accessibility of the production H5 build: axe-core on every page in both modes, and the MIIT
// 适老化 numbers measured in 长辈模式 at 320px and 390px.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import { startH5 } from './harness.mjs'

const PAGES = {
  'report home': '/pages/report/index',
  section: '/pages/section/index?id=livelihood',
  'section (no figures)': '/pages/section/index?id=plan-safety',
  'not found': '/pages/section/index?id=nope',
  corrections: '/pages/corrections/index',
  'benefits list': '/pages/benefits/index',
  benefit: '/pages/benefit/index?id=medical-insurance',
  finder: '/pages/finder/index',
  mine: '/pages/mine/index',
}
const MODES = { standard: { largeText: false, script: 'simplified' }, 长辈模式: { largeText: true, script: 'simplified' }, 繁體: { largeText: false, script: 'traditional' } }

/** Measures what a reader meets on the visible page (in CSS px). */
function measure() {
  const visible = (el) => {
    const r = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
  }
  const texts = [...document.querySelectorAll('.page-shell *')].filter(
    (el) => visible(el) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
  )
  const fonts = texts.map((el) => {
    const s = getComputedStyle(el)
    const size = parseFloat(s.fontSize)
    const line = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight)
    return { text: el.textContent.trim().slice(0, 16), size, ratio: line / size, cls: el.className, clipped: el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' }
  })
  const controls = [...document.querySelectorAll('.page-shell [role="button"], .page-shell [role="link"], .page-shell input, .weui-tabbar__item')]
    .filter(visible)
    .map((el) => {
      const r = el.getBoundingClientRect()
      return { name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 16), width: r.width, height: r.height }
    })
  const headings = [...document.querySelectorAll('.page-shell [role="heading"][aria-level="1"], .page-shell [role="heading"][aria-level="2"], .figure-tile__value')]
    .filter(visible)
    .map((el) => ({ text: el.textContent.trim().slice(0, 16), size: parseFloat(getComputedStyle(el).fontSize) }))
  const root = document.scrollingElement
  return { fonts, controls, headings, overflow: root.scrollWidth - root.clientWidth }
}

/** Smallest values measured per mode, printed at the end (the numbers the issue notes report). */
const minima = {}
function remember(mode, m) {
  const min = (xs) => (xs.length ? Math.min(...xs) : Infinity)
  const prev = minima[mode] ?? { fontPx: Infinity, lineRatio: Infinity, headingPx: Infinity, controlPx: Infinity }
  minima[mode] = {
    fontPx: Math.min(prev.fontPx, min(m.fonts.map((f) => f.size))),
    lineRatio: Math.min(prev.lineRatio, min(m.fonts.map((f) => f.ratio))),
    headingPx: Math.min(prev.headingPx, min(m.headings.map((h) => h.size))),
    controlPx: Math.min(prev.controlPx, min(m.controls.map((c) => Math.min(c.width, c.height)))),
  }
}

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
  for (const [mode, m] of Object.entries(minima)) {
    console.log(`measured minima, ${mode}: text ${m.fontPx.toFixed(1)}px, line spacing ${m.lineRatio.toFixed(2)}, headings/figures ${m.headingPx.toFixed(1)}px, controls ${m.controlPx.toFixed(1)}px`)
  }
})

describe('axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa): zero violations', () => {
  for (const [mode, settings] of Object.entries(MODES)) {
    for (const [name, hash] of Object.entries(PAGES)) {
      it(`${name}, ${mode}`, async () => {
        const page = await h5.open(hash, { settings })
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
        assert.deepEqual(summary, [])
        await page.context().close()
      })
    }
  }
})

describe('长辈模式 measured (MIIT: text ≥ 18pt, headings and key figures ≥ 30pt, controls ≥ 60pt, line spacing ≥ 1.3)', () => {
  for (const width of [320, 390, 414]) {
    for (const [name, hash] of Object.entries(PAGES)) {
      it(`${name} at ${width}px`, async () => {
        const page = await h5.open(hash, { width, settings: MODES['长辈模式'] })
        const m = await page.evaluate(measure)
        remember('长辈模式', m)
        const small = m.fonts.filter((f) => f.size < 18)
        assert.deepEqual(small, [], 'text under 18px')
        const tight = m.fonts.filter((f) => f.ratio < 1.295)
        assert.deepEqual(tight, [], 'line spacing under 1.3')
        assert.deepEqual(m.headings.filter((h) => h.size < 30), [], 'headings and key figures under 30px')
        assert.deepEqual(m.controls.filter((c) => c.height < 60 || c.width < 60), [], 'controls under 60×60')
        assert.deepEqual(m.fonts.filter((f) => f.clipped), [], 'clipped text')
        assert.equal(m.overflow, 0, 'the page scrolls sideways')
        await page.context().close()
      })
    }
  }
})

describe('standard mode measured', () => {
  for (const [name, hash] of Object.entries(PAGES)) {
    it(`${name} at 320px: text ≥ 15px, line spacing ≥ 1.3, controls ≥ 44×44, nothing sideways`, async () => {
      const page = await h5.open(hash, { width: 320, settings: MODES.standard })
      const m = await page.evaluate(measure)
      remember('standard', m)
      assert.deepEqual(m.fonts.filter((f) => f.size < 15), [])
      assert.deepEqual(m.fonts.filter((f) => f.ratio < 1.295), [])
      assert.deepEqual(m.controls.filter((c) => c.height < 44 || c.width < 44), [])
      assert.equal(m.overflow, 0)
      await page.context().close()
    })
  }
})

describe('长辈模式 switches', () => {
  it('turns on by itself when the text size is enlarged and no choice is stored', async () => {
    const page = await h5.open('/pages/section/index?id=economy', { fontScale: 1.5 })
    assert.equal(await page.locator('.page-shell--large').count(), 1)
    await page.context().close()
  })

  it('a stored choice wins over the enlarged text size', async () => {
    const page = await h5.open('/pages/section/index?id=economy', { fontScale: 1.5, settings: MODES.standard })
    assert.equal(await page.locator('.page-shell--large').count(), 0)
    await page.context().close()
  })

  it('is switched on from the home page and remembered after a reload', async () => {
    const page = await h5.open('/pages/report/index')
    await page.getByRole('button', { name: /长辈模式/ }).tap()
    await page.locator('.page-shell--large').first().waitFor()
    await page.reload()
    await page.locator('.page-shell--large').first().waitFor()
    await page.context().close()
  })

  it('corrupted storage gives the defaults and the app starts', async () => {
    const context = await h5.browser.newContext({ viewport: { width: 390, height: 844 } })
    await context.addInitScript(() => localStorage.setItem('huaqiao.settings', '{"data":"{broken'))
    const page = await context.newPage()
    await page.goto(`${h5.url}#/pages/report/index`)
    await page.getByRole('heading', { level: 1, name: '花桥镇2024年工作总结和2025年工作计划' }).waitFor()
    assert.equal(await page.locator('.page-shell--large').count(), 0)
    await context.close()
  })

  it('繁體 from 我的 changes the report text and is remembered', async () => {
    const page = await h5.open('/pages/mine/index')
    await page.getByRole('button', { name: /繁體字/ }).tap()
    await page.goto(`${h5.url}#/pages/section/index?id=economy`)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '堅持圍繞中心，推動經濟發展' }).waitFor()
    assert.ok(await page.getByText(/湘商回歸/).isVisible())
    await page.context().close()
  })
})

it('logged no console errors and sent no request off this machine', () => {
  assert.deepEqual(h5.problems.consoleErrors, [])
  assert.deepEqual(h5.problems.foreignRequests, [])
})
