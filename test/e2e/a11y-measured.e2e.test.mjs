// The MIIT 适老化 numbers measured on every page of the production H5 build: 长辈模式 at 320 and
// 414 px, standard at 320 px (test/weapp/render.weapp.test.mjs measures the weapp the same way), and
// how 长辈模式 and 繁體 are switched and remembered.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startH5 } from './harness.mjs'
import { belowMinima, measureReader, minimaLog } from '../../scripts/lib/measure-reader.mjs'
import { MODES as SCREEN_MODES, SCREENS } from '../support/screens.mjs'

const PAGES = SCREENS
const MODES = { standard: SCREEN_MODES.standard, 长辈模式: SCREEN_MODES.large, 繁體: SCREEN_MODES.traditional }

const minima = minimaLog()

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
  for (const line of minima.lines('H5 measured')) console.log(line)
})

describe('长辈模式 measured (MIIT: text ≥ 18pt, headings and key figures ≥ 30pt, controls ≥ 60pt, line spacing ≥ 1.3)', () => {
  // The narrowest and widest phones (the weapp render test measures 320, 360, 375 and 414).
  for (const width of [320, 414]) {
    for (const [name, hash] of Object.entries(PAGES)) {
      it(`${name} at ${width}px`, async () => {
        const page = await h5.open(hash, { width, settings: MODES['长辈模式'] })
        const m = await page.evaluate(measureReader)
        minima.remember('长辈模式', m)
        assert.deepEqual(belowMinima(m, 'large'), { smallText: [], tightLines: [], smallHeadings: [], smallControls: [], clipped: [], sideways: [] })
        await h5.close(page)
      })
    }
  }
})

describe('standard mode measured', () => {
  for (const [name, hash] of Object.entries(PAGES)) {
    it(`${name} at 320px: text ≥ 15px, line spacing ≥ 1.3, controls ≥ 44×44, nothing sideways`, async () => {
      const page = await h5.open(hash, { width: 320, settings: MODES.standard })
      const m = await page.evaluate(measureReader)
      minima.remember('standard', m)
      assert.deepEqual(belowMinima(m, 'standard'), { smallText: [], tightLines: [], smallHeadings: [], smallControls: [], clipped: [], sideways: [] })
      await h5.close(page)
    })
  }
})

describe('长辈模式 switches', () => {
  it('turns on by itself when the text size is enlarged and no choice is stored', async () => {
    const page = await h5.open('/pages/section/index?id=economy', { fontScale: 1.5 })
    assert.equal(await page.locator('.page-shell--large').count(), 1)
    await h5.close(page)
  })

  it('a stored choice wins over the enlarged text size', async () => {
    const page = await h5.open('/pages/section/index?id=economy', { fontScale: 1.5, settings: MODES.standard })
    assert.equal(await page.locator('.page-shell--large').count(), 0)
    await h5.close(page)
  })

  it('is switched on from the home page and remembered after a reload', async () => {
    const page = await h5.open('/pages/report/index')
    await page.getByRole('button', { name: /长辈模式/ }).tap()
    await page.locator('.page-shell--large').first().waitFor()
    await page.reload()
    await page.locator('.page-shell--large').first().waitFor()
    await h5.close(page)
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
    await h5.close(page)
  })
})

it('logged no console errors and sent no request off this machine', () => {
  assert.deepEqual(h5.problems.consoleErrors, [])
  assert.deepEqual(h5.problems.foreignRequests, [])
})
