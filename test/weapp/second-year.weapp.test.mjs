// A second year's report, as the app shows it once the town adds one: the sample build
// (scripts/build/sample.mjs) puts a made-up 2025 report (test/fixtures/reports/next-year, never
// shipped) beside the real 2024 one. Under the stand-in host: the newest year on the home, 往年报告,
// every link in circulation today still opening 2024's page, links naming their year, year-on-year
// figures, what became of the 2024 report's plan, and shares that carry the year.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHost } from '../../scripts/lib/weapp-host.mjs'
import { ROOT, readData } from '../support/weapp-bundle.mjs'

const SAMPLE = join(ROOT, 'dist', 'sample', 'weapp')
if (!existsSync(join(SAMPLE, 'app.json'))) throw new Error('dist/sample/weapp is missing: run `node scripts/build/sample.mjs weapp` first')
const textOf = (node) => (!node || typeof node !== 'object' ? '' : (node.v ?? '') + (node.cn ?? []).map(textOf).join(''))
const shipped2024 = readData('report.json')
const benefits = readData('benefits.json').benefits
const sample = (name) => JSON.parse(readFileSync(join(ROOT, 'dist', 'sample', 'data-weapp', name), 'utf8'))

async function host() {
  const h = createHost(SAMPLE)
  await h.launch()
  return h
}
const shown = async (h, route, query) => textOf((await h.openPage(route, query)).instance.data.root)
const settle = () => new Promise((r) => setTimeout(r, 450))

describe('a second year (sample build: the real 2024 report and a made-up 2025)', () => {
  it('the home shows the newest year, and 往年报告 opens 2024’s, whose cards open 2024’s sections', async () => {
    const h = await host()
    const home = await h.openPage('pages/report/index')
    const text = textOf(home.instance.data.root)
    assert.ok(text.includes('花桥镇2025年工作总结和2026年工作计划（测试样例，虚构）'))
    assert.ok(text.includes('往年报告'))
    await settle()
    await home.tap(shipped2024.title)
    assert.deepEqual(h.moves.at(-1), { api: 'navigateTo', url: '/pages/year/index?year=2024' })
    const year = await h.openPage('pages/year/index', { year: '2024' })
    const yearText = textOf(year.instance.data.root)
    for (const s of shipped2024.sections) assert.ok(yearText.includes(s.title), s.title)
    await settle()
    await year.tap(shipped2024.sections.find((s) => s.id === 'livelihood').title)
    assert.deepEqual(h.moves.at(-1), { api: 'navigateTo', url: '/pages/section/index?id=livelihood' })
  })

  it('every section link in circulation today (no year), with or without a marked passage, opens 2024’s section', async () => {
    const h = await host()
    for (const s of shipped2024.sections) {
      for (const query of [{ id: s.id }, { id: s.id, p: '1' }]) {
        const text = await shown(h, 'pages/section/index', query)
        assert.ok(text.includes(s.title), `${JSON.stringify(query)}: 「${s.title}」`)
        assert.ok(!text.includes('测试样例'), `${JSON.stringify(query)} opened the 2025 report`)
      }
    }
    // Today's benefit and search links are unchanged by a new year: the benefits still quote 2024.
    for (const b of benefits) assert.ok((await shown(h, 'pages/benefit/index', { id: b.id })).includes(b.name), b.id)
    assert.ok((await shown(h, 'pages/benefit/index', { id: 'dibao' })).includes('花桥镇2024年做了什么'))
    assert.ok((await shown(h, 'pages/search/index', { q: '低保' })).includes('最低生活保障'))
  })

  it('a link naming 2025 opens 2025’s section, whose figures show 2024’s beside them, quoted; its share carries the year', async () => {
    const h = await host()
    const page = await h.openPage('pages/section/index', { id: 'livelihood', year: '2025' })
    const text = textOf(page.instance.data.root)
    assert.ok(text.includes('960'), 'the 2025 figure')
    assert.ok(text.includes('原文：“发放低保960人”2024年的报告：947人，原文：“发放低保947人” ›'), text.slice(0, 300))
    assert.ok(text.includes('2024年的报告：65.06%，原文：“征缴率65.06%” ›'))
    const share = page.shareAppMessage()
    assert.equal(share.title, '回应群众关切，提升民生福祉｜花桥镇2025年工作报告')
    assert.equal(share.path, '/pages/section/index?id=livelihood&year=2025')
    assert.deepEqual(page.shareTimeline().query, 'id=livelihood&year=2025')
    // The earlier year's figure opens that year's section.
    await settle()
    await page.tap('2024年的报告：947人，原文：“发放低保947人” ›')
    assert.deepEqual(h.moves.at(-1), { api: 'navigateTo', url: '/pages/section/index?id=livelihood' })
    // A year the app does not have: a plain answer, not a blank page.
    assert.ok((await shown(h, 'pages/section/index', { id: 'livelihood', year: '2019' })).includes('未找到这一章'))
  })

  it('the home’s 2025 cards link with the year; its overview figures show 2024’s', async () => {
    const h = await host()
    const home = await h.openPage('pages/report/index')
    assert.ok(textOf(home.instance.data.root).includes('2024年：947人'))
    await settle()
    await home.tap('回应群众关切，提升民生福祉')
    assert.deepEqual(h.moves.at(-1), { api: 'navigateTo', url: '/pages/section/index?id=livelihood&year=2025' })
  })

  it('去年说要做的事: each item of the 2024 plan with what the 2025 report says, quoted', async () => {
    const h = await host()
    const text = await shown(h, 'pages/plan/index', {})
    const outcomes = sample('plan.json').plans.find((p) => p.fromYear === 2024).items.map((i) => i.outcome.status)
    assert.equal(text.split('2025年工作总结：做到了').length - 1, outcomes.filter((s) => s === 'done').length)
    assert.equal(text.split('2025年工作总结：在做').length - 1, outcomes.filter((s) => s === 'doing').length)
    assert.equal(text.split('2025年工作总结：报告没提').length - 1, outcomes.filter((s) => s === 'not-mentioned').length)
    assert.ok(text.includes('2025年报告原文：“扶持镇内企业12家”'))
    assert.ok(!text.includes('等2025年工作总结公布后对照'))
  })
})
