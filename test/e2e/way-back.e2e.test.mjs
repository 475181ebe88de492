// A way back on every web page (WeChat draws its own): 「‹ 返回」 and 「首页」 at the top of detail pages,
// browser history that matches what was read, and the report home kept where the reader left it.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readReport, startH5 } from './harness.mjs'
import { MODES } from '../support/screens.mjs'

const report = readReport()
let h5

before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/** The scroll position of the page on screen (each Taro page scrolls itself). */
const scrollOf = (page) =>
  page.evaluate(
    () => [...document.querySelectorAll('.taro_page')].find((p) => p.style.display !== 'none' && p.getBoundingClientRect().width > 0)?.scrollTop ?? -1,
  )
const heading = (page) => page.getByRole('heading', { level: 1 }).first()
const settle = (page) => page.waitForTimeout(600) // past the slide, as a villager's next tap would be

for (const [mode, settings] of [
  ['standard', MODES.standard],
  ['长辈模式', MODES.large],
]) {
  describe(`the way back on the web (360×740, ${mode})`, () => {
    it('a detail page opened from the home shows 「‹ 返回」 and 「首页」 on its first screen; 返回 goes back one page', async () => {
      const page = await h5.open('/pages/report/index', { width: 360, height: 740, settings })
      await page.getByRole('heading', { level: 3, name: report.sections[1].title }).tap()
      await heading(page).filter({ hasText: report.sections[1].title }).waitFor()
      await settle(page)
      const back = page.getByRole('link', { name: '‹ 返回' })
      const home = page.getByRole('link', { name: '首页' })
      for (const link of [back, home]) {
        const box = await link.boundingBox()
        assert.ok(box && box.y >= 0 && box.y + box.height < 200, `on the first screen: ${JSON.stringify(box)}`)
        assert.ok(box.height >= 44, `large enough to tap: ${box.height}px`)
      }
      await back.tap()
      await page.getByRole('heading', { level: 2, name: '一分钟看懂' }).waitFor()
      await h5.close(page)
    })

    it('a page opened by a shared link has only 「首页」, which opens the report home', async () => {
      const page = await h5.open('/pages/benefit/index?id=dibao', { width: 360, height: 740, settings })
      assert.equal(await page.getByRole('link', { name: '‹ 返回' }).count(), 0)
      await page.getByRole('link', { name: '首页' }).tap()
      await page.getByRole('heading', { level: 2, name: '一分钟看懂' }).waitFor()
      await h5.close(page)
    })
  })
}

describe('history matches what was read (360×740)', () => {
  it('看全部惠民政策 goes back to the list; the browser’s Forward returns to the policy just read, Back leaves the list', async () => {
    const page = await h5.open('/pages/benefits/index', { width: 360, height: 740 })
    await page.getByText('最低生活保障').first().tap()
    await heading(page).filter({ hasText: '最低生活保障' }).waitFor()
    await settle(page)
    await page.getByRole('button', { name: '看全部惠民政策' }).tap()
    await page.waitForURL(/pages\/benefits\/index$/)
    await settle(page)
    await page.goForward()
    await heading(page).filter({ hasText: '最低生活保障' }).waitFor()
    await h5.close(page)
  })

  it('回到报告目录 and 首页 return to the home where the reader left it', async () => {
    const page = await h5.open('/pages/report/index', { width: 360, height: 740, settings: MODES.large })
    const card = page.getByRole('heading', { level: 3, name: report.sections[4].title })
    await card.scrollIntoViewIfNeeded()
    const left = await scrollOf(page)
    assert.ok(left > 1000, `the home scrolled to ${left}`)
    await card.tap()
    await heading(page).filter({ hasText: report.sections[4].title }).waitFor()
    await settle(page)
    await page.getByRole('button', { name: '回到报告目录' }).tap()
    await page.getByRole('heading', { level: 2, name: '一分钟看懂' }).waitFor({ state: 'attached' })
    await settle(page)
    assert.ok(Math.abs((await scrollOf(page)) - left) < 5, `back at ${await scrollOf(page)}, left at ${left}`)

    await card.tap()
    await heading(page).filter({ hasText: report.sections[4].title }).waitFor()
    await settle(page)
    await page.getByRole('link', { name: '首页' }).tap()
    await settle(page)
    assert.ok(Math.abs((await scrollOf(page)) - left) < 5, `back at ${await scrollOf(page)} after 首页, left at ${left}`)
    await h5.close(page)
  })

  it('a chapter opened twice (from the home, then from a policy it names) and 下一章: 回到报告目录 still lands on the home', async () => {
    // Taro's router unloaded every page down to the older copy of the chapter on 下一章 (a redirect), so
    // the browser's history and the pages parted: 回到报告目录 then showed a blank screen
    // (patches/@tarojs+router+4.2.1.patch; docs/taro-router-back-race.md).
    const page = await h5.open('/pages/report/index', { width: 360, height: 740 })
    const livelihood = report.sections.find((s) => s.id === 'livelihood')
    await page.getByRole('heading', { level: 3, name: livelihood.title }).tap()
    await heading(page).filter({ hasText: livelihood.title }).waitFor()
    await settle(page)
    await page.getByRole('link', { name: /^自然灾害救助/ }).tap()
    await heading(page).filter({ hasText: '自然灾害救助' }).waitFor()
    await settle(page)
    await page.getByRole('link', { name: /看这一章/ }).first().tap()
    await heading(page).filter({ hasText: livelihood.title }).waitFor()
    await settle(page)
    await page.getByRole('button', { name: /^下一章/ }).tap()
    const next = report.sections[report.sections.indexOf(livelihood) + 1]
    await heading(page).filter({ hasText: next.title }).waitFor()
    await settle(page)
    await page.getByRole('button', { name: '回到报告目录' }).tap()
    await settle(page)
    await page.waitForTimeout(600)
    const shown = await page.evaluate(() => ({
      address: window.location.hash,
      pages: [...document.querySelectorAll('.taro_page')].filter((p) => p.checkVisibility()).map((p) => p.id.split('?')[0]),
    }))
    await h5.close(page)
    assert.deepEqual(shown, { address: '#/pages/report/index', pages: ['/pages/report/index'] })
  })
})
