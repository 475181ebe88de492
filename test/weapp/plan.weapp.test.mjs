// 「去年说要做的事」 in the production dist/weapp under the stand-in host: every item of the 2024
// report's plan for 2025 in plain words with the plan's own words, marked as waiting for the 2025
// report, and a way to each chapter's text.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { launched, readData } from '../support/weapp-bundle.mjs'

const textOf = (node) => (!node || typeof node !== 'object' ? '' : (node.v ?? '') + (node.cn ?? []).map(textOf).join(''))
const { plans } = readData('plan.json')

describe('去年说要做的事 (WeChat)', () => {
  it('lists all 20 items of the 2025 plan, each with its quote and 「等2025年工作总结公布后对照」', async () => {
    const host = await launched()
    const page = await host.openPage('pages/plan/index')
    const shown = textOf(page.instance.data.root)
    assert.equal(plans[0].items.length, 20)
    for (const item of plans[0].items) {
      assert.ok(shown.includes(item.text), item.text)
      assert.ok(shown.includes(`计划原文：“${item.quote}”`), item.quote)
    }
    assert.equal(shown.split('等2025年工作总结公布后对照').length - 1, 20)
    assert.deepEqual(host.errors, [])
  })

  it('each chapter links to its text, and the home links to the page under 2025年工作计划', async () => {
    const host = await launched()
    const page = await host.openPage('pages/plan/index')
    await page.tap('看这一章的原文')
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: '/pages/section/index?id=plan-economy' })
    const home = await host.openPage('pages/report/index')
    await new Promise((r) => setTimeout(r, 500)) // past the slide-in, so the next tap is taken
    await home.tap('看2025年计划里的每一件事')
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: '/pages/plan/index' })
  })

  it('shares as what it is', async () => {
    const host = await launched()
    const page = await host.openPage('pages/plan/index')
    const share = page.shareAppMessage()
    assert.equal(share.title, '2025年说要做的事，办得怎么样｜花桥镇')
    assert.equal(share.path, '/pages/plan/index')
  })
})

describe('往年报告 page (WeChat), with one year in the app', () => {
  it('a link to this year shows its cover and all 12 cards, each opening its section; an unknown year a plain answer', async () => {
    const host = await launched()
    const report = readData('report.json')
    const page = await host.openPage('pages/year/index', { year: '2024' })
    const shown = textOf(page.instance.data.root)
    for (const s of report.sections) assert.ok(shown.includes(s.title), s.title)
    await new Promise((r) => setTimeout(r, 500))
    await page.tap(report.sections[4].title)
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: `/pages/section/index?id=${report.sections[4].id}` })
    assert.ok(textOf((await host.openPage('pages/year/index', { year: '1999' })).instance.data.root).includes('未找到这一年的报告'))
  })
})
