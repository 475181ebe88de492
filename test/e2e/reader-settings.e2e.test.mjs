// 长辈模式 and 繁體 in the production H5 build: how they switch on, and that they are remembered.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startH5 } from './harness.mjs'
import { MODES as SCREEN_MODES } from '../support/screens.mjs'

const MODES = { standard: SCREEN_MODES.standard }

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
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
    // Opened by address, not through h5.open (which waits for aria-busy to clear): the full text is
    // PageShell's `later` part, drawn a moment after the heading.
    await page.getByText(/湘商回歸/).waitFor()
    assert.ok(await page.getByText(/湘商回歸/).isVisible())
    await h5.close(page)
  })
})

it('logged no console errors and sent no request off this machine', () => {
  assert.deepEqual(h5.problems.consoleErrors, [])
  assert.deepEqual(h5.problems.foreignRequests, [])
})
