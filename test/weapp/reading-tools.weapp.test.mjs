// In WeChat's own render: body text a villager can long-press and copy, search placeholders whole in
// 长辈模式, and one search box per page.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser, phoneContext } from '../../scripts/lib/browser.mjs'
import { parseLink, WEAPP_DIR, weappScreens } from '../../scripts/lib/weapp-screen.mjs'
import { launched } from '../support/weapp-bundle.mjs'
import { MODES, SCREENS } from '../support/screens.mjs'

/** Taro's short name for the text template's user-select, read from the build's base.wxml. */
const USER_SELECT = readFileSync(join(WEAPP_DIR, 'base.wxml'), 'utf8').match(/user-select="\{\{xs\.b\(i\.(\w+),/)[1]
/** Every node of a drawn page, depth first. */
const nodesOf = (node) => (!node || typeof node !== 'object' ? [] : [node, ...(node.cn ?? []).flatMap(nodesOf)])

describe('long-press copy in WeChat (user-select on body text)', () => {
  const CASES = [
    ['pages/section/index', { id: 'livelihood' }, ['full-text__block', 'section-page__summary', 'figure-tile__quote']],
    ['pages/benefit/index', { id: 'dibao' }, ['cited-list__text', 'benefit-page__summary']],
    ['pages/search/index', { q: '低保' }, ['report-hit__sentence', 'benefit-item__summary']],
  ]
  for (const [route, query, classes] of CASES) {
    it(`${route}: ${classes.join(', ')} can be selected`, async () => {
      const host = await launched()
      const page = await host.openPage(route, query)
      const nodes = nodesOf(page.instance.data.root)
      for (const cls of classes) {
        const texts = nodes.filter((n) => (n.cl ?? '').split(' ').includes(cls))
        assert.ok(texts.length > 0, `${cls} is on the page`)
        for (const text of texts) assert.equal(text[USER_SELECT], true, `${cls} has user-select`)
      }
      assert.deepEqual(host.errors, [])
    })
  }
})

describe('search boxes as WeChat draws them', () => {
  const screens = weappScreens()
  let browser
  before(async () => {
    browser = await launchBrowser({ localOnly: true })
  })
  after(async () => {
    await browser?.close()
  })

  for (const [mode, settings] of [
    ['standard', MODES.standard],
    ['长辈模式', MODES.large],
  ]) {
    for (const link of ['/pages/benefits/index', '/pages/search/index']) {
      for (const width of [320, 360]) {
        it(`${link}, ${mode}, ${width}px: the placeholder shows whole, and the page has one search box`, async () => {
          const { route, query } = parseLink(link)
          const { html } = await screens.screen(route, query, settings)
          const context = await phoneContext(browser, { width, height: 740 })
          const page = await context.newPage()
          await page.setContent(html)
          await page.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
          const { text, needed, room, boxes } = await page.evaluate(() => {
            const input = document.querySelector('wx-input input')
            const style = getComputedStyle(input)
            const context2d = document.createElement('canvas').getContext('2d')
            context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
            return {
              text: input.placeholder,
              needed: context2d.measureText(input.placeholder).width,
              room: input.getBoundingClientRect().width,
              boxes: document.querySelectorAll('.search-box, .search-entry').length,
            }
          })
          await context.close()
          assert.ok(text.length > 4, text)
          assert.ok(needed <= room, `「${text}」 needs ${Math.round(needed)}px, the box has ${Math.round(room)}px`)
          assert.equal(boxes, 1)
        })
      }
    }
  }

  it('every screen has at most one search box or entry', async () => {
    for (const [name, link] of Object.entries(SCREENS)) {
      const { route, query } = parseLink(link)
      const { html } = await screens.screen(route, query, MODES.standard)
      const count = (html.match(/class="[^"]*\b(search-box|search-entry)\b/g) ?? []).length
      assert.ok(count <= 1, `${name}: ${count}`)
    }
  })
})
