// Answers above the keyboard, in both text sizes: with the keyboard up (the phone's browser shrinks
// the page to 360×430) the tab bar steps aside and the first answer is on the screen; on its side the
// tab bar takes at most 15 % of the height; placeholders show whole; one search box per page.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startH5 } from './harness.mjs'
import { MODES, SCREENS } from '../support/screens.mjs'

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

const MODE_LIST = [
  ['standard', MODES.standard],
  ['长辈模式', MODES.large],
]

/** Types `words` into the page's box, then the keyboard comes up: the browser's viewport shrinks to 360×430. */
async function typeWithKeyboard(page, words) {
  const box = page.locator('input').first()
  await box.tap()
  await box.fill(words)
  await page.setViewportSize({ width: 360, height: 430 })
  await page.waitForTimeout(300)
}

for (const [mode, settings] of MODE_LIST) {
  describe(`with the keyboard up (360×430, ${mode})`, () => {
    it('惠民政策: the tab bar steps aside and the first answer is on the screen, right under the box', async () => {
      const page = await h5.open('/pages/benefits/index', { width: 360, height: 740, settings })
      assert.equal(await page.locator('.tab-bar').count(), 1, 'the tab bar is there before typing')
      await typeWithKeyboard(page, '老人')
      // One way to clear it: 清空, not also the browser's own × of a search field (a rule on the box hides it).
      const nativeClearHidden = await page
        .locator('input')
        .first()
        .evaluate((input) =>
          [...document.styleSheets].some((sheet) =>
            [...sheet.cssRules].some((rule) => {
              const [element, pseudo] = (rule.selectorText ?? '').split('::')
              return pseudo === '-webkit-search-cancel-button' && input.matches(element) && rule.style.display === 'none'
            }),
          ),
        )
      assert.ok(nativeClearHidden, 'the browser’s own × is hidden')
      assert.equal(await page.locator('.tab-bar').count(), 0, 'the tab bar has stepped aside')
      const first = page.locator('.benefit-item').first()
      const box = await first.boundingBox()
      assert.ok(box && box.y >= 0 && box.y < 430, `the first answer starts on the screen, at ${box?.y}`)
      const title = await first.locator('.benefit-item__name').boundingBox()
      assert.ok(title.y + title.height <= 430, `its name is whole above the keyboard (${title.y + title.height})`)
      // Keyboard down: the bar comes back.
      await page.locator('input').first().blur()
      await page.setViewportSize({ width: 360, height: 740 })
      await page.locator('.tab-bar').waitFor()
      await h5.close(page)
    })

    it('the search page: the first answer is on the screen', async () => {
      const page = await h5.open('/pages/search/index', { width: 360, height: 740, settings })
      await typeWithKeyboard(page, '老人')
      const first = page.locator('.benefit-item, .report-hit').first()
      const box = await first.boundingBox()
      assert.ok(box && box.y >= 0 && box.y < 430 - 40, `the first answer starts on the screen, at ${box?.y}`)
      await h5.close(page)
    })
  })

  describe(`a phone on its side (740×360, ${mode})`, () => {
    for (const tab of ['/pages/report/index', '/pages/benefits/index', '/pages/mine/index']) {
      it(`${tab}: the tab bar takes at most 15 % of the height, its labels whole`, async () => {
        const page = await h5.open(tab, { width: 740, height: 360, settings })
        const bar = await page.locator('.tab-bar').boundingBox()
        assert.ok(bar.height <= 0.15 * 360, `${bar.height}px of 360`)
        for (const label of await page.locator('.tab-bar__label').all()) {
          const clipped = await label.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          assert.ok(!clipped, await label.innerText())
        }
        await h5.close(page)
      })
    }
  })

  describe(`search boxes (${mode})`, () => {
    for (const [hash, width] of [
      ['/pages/benefits/index', 320],
      ['/pages/benefits/index', 360],
      ['/pages/search/index', 320],
      ['/pages/search/index', 360],
    ]) {
      it(`${hash} at ${width}px: the placeholder shows whole`, async () => {
        const page = await h5.open(hash, { width, height: 740, settings })
        const { text, needed, room } = await page
          .locator('input')
          .first()
          .evaluate((input) => {
            const style = getComputedStyle(input)
            const context = document.createElement('canvas').getContext('2d')
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
            const contentWidth = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
            return { text: input.placeholder, needed: context.measureText(input.placeholder).width, room: contentWidth }
          })
        assert.ok(text.length > 4, text)
        assert.ok(needed <= room, `「${text}」 needs ${Math.round(needed)}px, the box has ${Math.round(room)}px`)
        await h5.close(page)
      })
    }
  })
}

describe('one search box per page', () => {
  for (const [name, hash] of Object.entries(SCREENS)) {
    it(`${name}: at most one search box or search entry`, async () => {
      const page = await h5.open(hash, { width: 360, height: 740 })
      const boxes = await page.locator('.search-box, .search-entry').count()
      assert.ok(boxes <= 1, `${boxes} on the page`)
      await h5.close(page)
    })
  }
})
