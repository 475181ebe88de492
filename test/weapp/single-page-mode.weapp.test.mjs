// WeChat's 单页模式 (scene 1154): a page shared to the 朋友圈 opens alone, and WeChat refuses every page
// move, <button open-type> and the tab bar there, with a toast that helps no one. Every shareable page,
// every section and benefit, drawn under the stand-in host in that mode: the content, a neutral line
// saying which app it is from (WeChat's rules there forbid urging the villager to tap 「前往小程序」),
// and nothing to tap that WeChat would refuse.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BROWSE_ONLY_TOAST, TIMELINE_SCENE } from '../../scripts/lib/weapp-host.mjs'
import { OUT, launched, readData } from '../support/weapp-bundle.mjs'

const NOTE = '本页来自「花桥镇 · 政务公开」小程序'
const textOf = (node) => (!node || typeof node !== 'object' ? '' : (node.v ?? '') + (node.cn ?? []).map(textOf).join(''))
/** Taro's short name for the button template's open-type, read from the build's base.wxml. */
const OPEN_TYPE = readFileSync(join(OUT, 'base.wxml'), 'utf8').match(/open-type="\{\{i\.(\w+)\}\}"/)[1]
/** Buttons in a drawn page that carry an open-type. */
const openTypeButtons = (rendered) => (rendered.match(new RegExp(`"${OPEN_TYPE}":"[a-z]+"`, 'g')) ?? []).length
/** What a link says where it leads: no such prompt where WeChat would refuse to follow it. */
const LINK_PROMPTS = /读全文 ›|查看详情 ›|看这一章 ›|看原文这一段 ›|查看校勘说明 ›|下一章 ›|‹ 上一章|搜一搜|回到报告目录|看全部惠民政策/
const report = readData('report.json')
const benefits = readData('benefits.json').benefits
const reportText = readData('report-text.json')
const pages = [
  ['pages/report/index', {}],
  ['pages/benefits/index', {}],
  ['pages/search/index', { q: '低保' }],
  // Nothing found: the hotline is given as text (WeChat refuses calls here).
  ['pages/search/index', { q: 'zzzz' }],
  ['pages/finder/index', {}],
  ['pages/corrections/index', {}],
  ['pages/plan/index', {}],
  ['pages/year/index', { year: '2024' }],
  ...report.sections.map((s) => ['pages/section/index', { id: s.id }]),
  ...benefits.map((b) => ['pages/benefit/index', { id: b.id }]),
]
const shareable = (route) => /enableShareAppMessage:!0/.test(readFileSync(join(OUT, `${route}.js`), 'utf8'))

describe('单页模式 (a page opened from the 朋友圈)', () => {
  it('covers every shareable page', () => {
    const routes = new Set(pages.map(([route]) => route))
    const built = JSON.parse(readFileSync(join(OUT, 'app.json'), 'utf8'))
    const all = [...built.pages, ...(built.subPackages ?? built.subpackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
    assert.deepEqual(
      all.filter(shareable).filter((r) => !routes.has(r)),
      [],
    )
  })

  for (const [route, query] of pages) {
    const link = `/${route}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`
    it(`${link}: content and the way to the whole app; every tap works, none is refused`, async () => {
      const host = await launched({ scene: TIMELINE_SCENE })
      const page = await host.openPage(route, query)
      const shown = textOf(page.instance.data.root)
      assert.ok(shown.startsWith(NOTE), shown.slice(0, 60))
      assert.doesNotMatch(shown, /前往小程序|点屏幕下方/, 'an instruction to leave the page')
      assert.equal(openTypeButtons(page.rendered), 0, 'a <button open-type> WeChat refuses here')
      assert.doesNotMatch(shown, LINK_PROMPTS, 'a link with nowhere to go')
      const taps = page.interactive().filter((e) => e.kind === 'tap' && !e.path.at(-1).cl?.includes('share-canvas'))
      for (const element of taps) {
        page.tapElement(element)
        await new Promise((r) => setTimeout(r, 5))
      }
      assert.deepEqual(host.refused, [], `taps WeChat would refuse, each only toasting 「${BROWSE_ONLY_TOAST}」`)
      assert.deepEqual(host.errors, [])
    })
  }

  it('a section keeps its title, figures and whole text; a benefit its steps, papers and contacts', async () => {
    const host = await launched({ scene: TIMELINE_SCENE })
    const section = report.sections.find((s) => s.id === 'livelihood')
    const sectionText = textOf((await host.openPage('pages/section/index', { id: section.id })).instance.data.root)
    for (const needle of [section.title, section.figures[0].label, reportText[section.id].at(-1).text.slice(0, 20)])
      assert.ok(sectionText.includes(needle), needle)
    const benefitText = textOf((await host.openPage('pages/benefit/index', { id: 'dibao' })).instance.data.root)
    for (const needle of ['怎么申请', '要带什么', '找谁问', '12345']) assert.ok(benefitText.includes(needle), needle)
  })

  it('the whole app (any other scene) keeps its controls', async () => {
    const host = await launched()
    const page = await host.openPage('pages/benefit/index', { id: 'dibao' })
    const shown = textOf(page.instance.data.root)
    assert.ok(!shown.includes(NOTE))
    for (const label of ['发到群里', '看全部惠民政策']) assert.ok(shown.includes(label), label)
    await page.tap('发到群里')
    assert.equal(openTypeButtons(JSON.stringify(page.instance.data.root)), 1, '转发给微信好友或群 forwards the card')
  })

  it("text size follows WeChat's font setting, as the app's saved 长辈模式 is not there", async () => {
    const saved = { 'huaqiao.settings': JSON.stringify({ v: 1, largeText: true, script: 'simplified' }) }
    const standard = await launched({ scene: TIMELINE_SCENE, storage: saved })
    assert.doesNotMatch(JSON.stringify((await standard.openPage('pages/section/index', { id: 'economy' })).instance.data.root), /page-shell--large/)
    const bigFont = await launched({ scene: TIMELINE_SCENE, appBaseInfo: { fontSizeScaleFactor: 1.4 } })
    assert.match(JSON.stringify((await bigFont.openPage('pages/section/index', { id: 'economy' })).instance.data.root), /page-shell--large/)
  })

  it('WeChat shows the page JSON title there: every shareable page names the town, and what it is part of', () => {
    for (const [route, title] of [
      ['pages/section/index', '花桥镇工作报告'],
      ['pages/benefit/index', '花桥镇惠民政策'],
      ['pages/search/index', '花桥镇政务公开·搜索'],
      ['pages/plan/index', '花桥镇·去年说要做的事'],
    ])
      assert.equal(JSON.parse(readFileSync(join(OUT, `${route}.json`), 'utf8')).navigationBarTitleText, title)
    for (const route of new Set(pages.map(([r]) => r))) {
      const title = JSON.parse(readFileSync(join(OUT, `${route}.json`), 'utf8')).navigationBarTitleText
      assert.match(title, /^花桥镇/, `${route}: 「${title}」`)
    }
  })
})
