// The cadre's post and the villager's shortest path, in the production dist/weapp under the stand-in
// host: 「发到群里」 offers two ways, each its own tap — 「转发给微信好友或群」 forwards the card,
// 「复制群消息」 copies the group message (checked against the page's data) and says so —
// the home's tiles and a benefit's quotes open their section at the sentence, marked, and the 2025
// overview lists its four parts.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launched, OUT, readData } from '../support/weapp-bundle.mjs'

const textOf = (node) => (!node || typeof node !== 'object' ? '' : (node.v ?? '') + (node.cn ?? []).map(textOf).join(''))
const OPEN_TYPE = readFileSync(join(OUT, 'base.wxml'), 'utf8').match(/open-type="\{\{i\.(\w+)\}\}"/)[1]
/** The innermost element of the drawn page whose text is exactly `label`, and its ancestors, outermost first. */
function pathTo(node, label, path = []) {
  if (!node || typeof node !== 'object') return null
  const here = [...path, node]
  for (const child of node.cn ?? []) {
    const found = pathTo(child, label, here)
    if (found) return found
  }
  return textOf(node) === label ? here : null
}
const settle = () => new Promise((r) => setTimeout(r, 500)) // past the slide-in, so the next tap is taken
const CARD_LINE = '点上面的小程序卡片打开看（在微信里搜「花桥镇 · 政务公开」小程序也能找到）'
const report = readData('report.json')
const quotes = readData('report-quotes.json')
const text = readData('report-text.json')
const benefits = readData('benefits.json')
const { plans } = readData('plan.json')
const length = (s) => [...s].length

/** Opens a page, taps 「发到群里」 then 「复制群消息」, and gives back the copied message's lines and the page. */
async function post(route, query = {}) {
  const host = await launched({ clipboard: 'ok' })
  const page = await host.openPage(route, query)
  await settle()
  const button = pathTo(page.instance.data.root, '发到群里')
  assert.ok(button, `${route}: 发到群里 is on the page`)
  assert.ok(!button.some((n) => n[OPEN_TYPE] === 'share'), 'the first tap only shows the two ways')
  await page.tap('发到群里')
  // Nothing happens behind the villager's back: the two ways are shown, nothing copied or forwarded.
  assert.deepEqual([host.copied.length, host.dialogs.length], [0, 0])
  const forward = pathTo(page.instance.data.root, '转发给微信好友或群')
  assert.ok(forward?.some((n) => n[OPEN_TYPE] === 'share'), '转发给微信好友或群 forwards the page’s card')
  assert.ok(!pathTo(page.instance.data.root, '复制群消息').some((n) => n[OPEN_TYPE]), '复制群消息 opens no picker')
  await page.tap('复制群消息')
  assert.equal(host.copied.length, 1, 'the message is copied')
  const message = host.copied[0]
  assert.ok(length(message) <= 500, `${route}: ${length(message)} characters`)
  assert.deepEqual(host.dialogs, [{ kind: 'toast', title: '群消息已复制，到群里长按输入框粘贴' }])
  // WeChat's own privacy prompt handles the first clipboard write (the app registers no
  // onNeedPrivacyAuthorization); a refusal is said in plain words (platform.weapp.test.mjs).
  assert.ok(!host.calls.includes('onNeedPrivacyAuthorization'))
  const lines = message.split('\n')
  assert.equal(lines.at(-2), CARD_LINE)
  assert.equal(lines.at(-1), '——花桥镇 · 政务公开')
  assert.deepEqual(host.errors, [])
  return { lines, page, host }
}

describe('发到群里 (WeChat)', () => {
  it('the report home: the one-minute overview, figure by figure', async () => {
    const { lines, page } = await post('pages/report/index')
    assert.equal(lines[0], `【一分钟看懂】${report.title}`)
    const figures = report.overview.map(({ section, figure }) => report.sections.find((s) => s.id === section).figures.find((f) => f.id === figure))
    assert.deepEqual(
      lines.slice(1, -2),
      figures.map((f) => `· ${f.label}：${f.value}${f.unit}`),
    )
    assert.equal(page.shareAppMessage().path, '/pages/report/index')
  })

  it('a section: its figures with their sentences, each sentence in the section’s text', async () => {
    const { lines, page } = await post('pages/section/index', { id: 'livelihood' })
    const section = report.sections.find((s) => s.id === 'livelihood')
    assert.deepEqual(lines.slice(0, 2), [`【${section.title}】${report.title}`, section.summary])
    const sectionText = text.livelihood.map((p) => p.text).join('')
    const figureLines = lines.slice(2, -2)
    assert.ok(figureLines.length >= 5, `${figureLines.length} figures`)
    assert.equal(new Set(figureLines).size, figureLines.length, 'each figure once')
    for (const line of figureLines) {
      const quote = /原文：“(.+)”$/.exec(line)[1]
      assert.ok(Object.values(quotes.livelihood).includes(quote), quote)
      assert.ok(sectionText.includes(quote), quote)
    }
    assert.equal(page.shareAppMessage().path, '/pages/section/index?id=livelihood')
  })

  it('a benefit: who can apply, what to bring, whom to ask', async () => {
    const { lines } = await post('pages/benefit/index', { id: 'dibao' })
    const dibao = benefits.benefits.find((b) => b.id === 'dibao')
    assert.equal(lines[0], `【${dibao.name}】${dibao.summary}`)
    assert.ok(lines.find((l) => l.startsWith('谁能申请：')).includes(dibao.eligibility[0].text.replace(/。$/, '')))
    assert.ok(lines.find((l) => l.startsWith('要带什么：')).includes(dibao.documents[0].text.replace(/。$/, '')))
    assert.equal(
      lines.find((l) => l.startsWith('找谁问：')),
      '找谁问：村（社区）委员会；花桥镇便民服务中心（镇政府统一受理窗口）；不清楚就打12345。',
    )
  })

  it('the search page: the words searched and what they found', async () => {
    const { lines, page } = await post('pages/search/index', { q: '低保' })
    assert.equal(lines[0], '在「花桥镇 · 政务公开」里搜「低保」，找到：')
    assert.ok(lines[1].startsWith('· 惠民政策：最低生活保障——'), lines[1])
    assert.ok(lines.some((l) => l.startsWith('· 报告里说：') && l.includes('低保')))
    assert.equal(page.shareAppMessage().path, '/pages/search/index?q=%E4%BD%8E%E4%BF%9D')
  })

  it('the plan: its items in plain words', async () => {
    const { lines } = await post('pages/plan/index')
    assert.match(lines[0], /^【2025年说要做的事】/)
    const items = lines.slice(1, -2)
    items.forEach((line, i) => assert.equal(line, `${i + 1}. ${plans[0].items[i].text}`))
    assert.ok(items.length >= 10)
  })

  it('复制全文 keeps the report’s paragraphs apart and ends pointing to the card', async () => {
    const host = await launched({ clipboard: 'ok' })
    const page = await host.openPage('pages/section/index', { id: 'livelihood' })
    await page.tap('复制全文')
    const parts = host.copied[0].split('\n\n')
    assert.deepEqual(
      parts.slice(1, -2),
      text.livelihood.map((p) => p.text),
    )
    assert.equal(parts.at(-1), CARD_LINE)
  })
})

describe('every tile and quote lands on its sentence (WeChat)', () => {
  it('a one-minute tile opens its section at the block of its sentence, which is marked', async () => {
    const host = await launched()
    const home = await host.openPage('pages/report/index')
    await settle()
    await home.tap('发放低保')
    const { p } = report.overview.find((o) => o.figure === 'dibao')
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: `/pages/section/index?id=livelihood&p=${p}` })
    const section = await host.openPage('pages/section/index', { id: 'livelihood', p: String(p) })
    assert.match(section.rendered, /full-text__block--marked/)
    // The scroll follows the page's drawing (a moment later on a busy machine).
    const scrolled = () => host.moves.some((m) => m.api === 'pageScrollTo' && m.selector === `#p-${p}`)
    for (let waited = 0; !scrolled() && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50))
    assert.ok(scrolled(), 'scrolled to the sentence')
  })

  it('a benefit’s 「花桥镇2024年做了什么」 quote opens the section at its sentence', async () => {
    const host = await launched()
    const page = await host.openPage('pages/benefit/index', { id: 'farmland-subsidy' })
    await settle()
    const reported = benefits.benefits.find((b) => b.id === 'farmland-subsidy').reported[0]
    await page.tap(`出自「${reported.sectionTitle}」，看这一章 ›`)
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: `/pages/section/index?id=${reported.section}&p=${reported.p}` })
  })
})

describe('the 2025 overview lists its four parts (WeChat)', () => {
  it('after 「以下四个方面的工作：」 come the four plan chapters, each opening its chapter', async () => {
    const host = await launched()
    const page = await host.openPage('pages/section/index', { id: 'plan-overview' })
    const shown = textOf(page.instance.data.root)
    const parts = report.groups.find((g) => g.id === 'plan-2025').sections.slice(1)
    assert.equal(parts.length, 4)
    const titles = parts.map((id) => report.sections.find((s) => s.id === id).title)
    const after = shown.slice(shown.indexOf('以下四个方面的工作：'))
    let at = 0
    for (const title of titles) {
      const found = after.indexOf(title, at)
      assert.ok(found > at, `${title} follows, in order`)
      at = found
    }
    await settle()
    await page.tap(titles[2])
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: `/pages/section/index?id=${parts[2]}` })
  })
})
