// Share pictures in the real weapp bundle under the stand-in host: every share gives WeChat the plain
// card at once and a promise of the same card with a picture drawn on the page's canvas; a missing or
// failing canvas gives the plain share; nothing throws.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHost } from '../../scripts/lib/weapp-host.mjs'
import { launched, OUT, readData } from '../support/weapp-bundle.mjs'

const data = readData
const report = data('report.json')
const { benefits } = data('benefits.json')

/** Shares the page to a chat; returns what WeChat gets at once and what the promise brings. */
async function shareToChat(page) {
  const { promise, ...now } = page.shareAppMessage()
  assert.equal(typeof promise?.then, 'function', 'no picture promise')
  return { now, later: await promise }
}

const pictureOf = (host, later) => host.pictures.find((p) => p.path === later.imageUrl)
const textOf = (picture) => picture.texts.map((t) => t.text).join('\n')

/** Every page whose share has a card of its own, with what its picture must show. */
const PAGES = [
  ['pages/report/index', {}, report.title.slice(0, 8), null],
  ['pages/corrections/index', {}, '校勘说明', null],
  ...report.sections.map((s) => ['pages/section/index', { id: s.id }, s.title.slice(0, 8), s.figures[0] ?? null]),
  // A benefit's card says what it is (its summary), not a count of recipients.
  ...benefits.map((b) => ['pages/benefit/index', { id: b.id }, b.name.slice(0, 6), null, b.summary.slice(0, 6)]),
]
/** Chinese line-breaking: no line of a picture starts with closing punctuation or ends with an opening bracket. */
const BAD_START = /^[，。、；：！？）」』”’》】%]/
const BAD_END = /[（「『“‘《【]$/

describe('share pictures in WeChat', async () => {
  const host = await launched()

  for (const [route, query, title, figure, line] of PAGES) {
    it(`${route} ${query.id ?? ''}: the chat card comes with a picture of its title${figure ? `, ${figure.value}${figure.unit}` : ''} and the brand`, async () => {
      const page = await host.openPage(route, query)
      const { now, later } = await shareToChat(page)
      assert.deepEqual(later, { ...now, imageUrl: later.imageUrl }, 'the picture changes neither title nor path')
      assert.match(later.imageUrl, /^wxfile:\/\/tmp\/share-\d+\.png$/)
      const picture = pictureOf(host, later)
      assert.deepEqual([picture.width, picture.height], [1000, 800], '5:4 at twice the card size')
      const text = textOf(picture)
      assert.ok(text.startsWith(title), `picture begins 「${text.slice(0, 12)}」, not the title 「${title}」`)
      if (figure)
        assert.ok(
          picture.texts.some((t) => t.text === `${figure.value}${figure.unit}`),
          `picture lacks ${figure.value}${figure.unit}: ${text}`,
        )
      if (figure) assert.ok(text.includes(figure.label.slice(0, 4)), `picture lacks the label ${figure.label}`)
      if (line) assert.ok(text.includes(line), `picture lacks the summary 「${line}」: ${text}`)
      for (const t of picture.texts) assert.ok(!BAD_START.test(t.text) && !BAD_END.test(t.text), `a line breaks at punctuation: 「${t.text}」`)
      assert.ok(text.endsWith('花桥镇 · 政务公开'))
      page.close()
    })
  }

  it('draws only the 1:1 朋友圈 picture soon after the page is ready (the timeline share carries it), the chat picture when shared', async () => {
    const fresh = await launched() // pictures are kept per launch: one no earlier test has shared
    const page = await fresh.openPage('pages/benefit/index', { id: 'dibao' })
    const before = fresh.pictures.length
    await new Promise((r) => setTimeout(r, 1500))
    const timeline = page.shareTimeline()
    assert.deepEqual(Object.keys(timeline).sort(), ['imageUrl', 'query', 'title'])
    assert.equal(timeline.query, 'id=dibao')
    const picture = fresh.pictures.find((p) => p.path === timeline.imageUrl)
    assert.deepEqual([picture.width, picture.height], [800, 800])
    assert.equal(picture.texts[0].text, '最低生活保障')
    assert.ok(!picture.texts.some((t) => t.text === '947人'), 'the policy’s card says what it is, not a count')
    assert.deepEqual(
      fresh.pictures.slice(before).map((p) => [p.width, p.height]),
      [[800, 800]],
      'only the 朋友圈 picture is drawn ahead; the chat picture waits for a share',
    )
    // Shared to a chat: the chat picture is drawn then, once; shared again, not drawn again.
    const { later } = await shareToChat(page)
    assert.match(later.imageUrl, /^wxfile:/)
    await shareToChat(page)
    assert.deepEqual(
      fresh.pictures.slice(before).map((p) => [p.width, p.height]),
      [
        [800, 800],
        [1000, 800],
      ],
    )
    page.close()
  })

  it('draws the picture in 繁體 in the 繁體 edition', async () => {
    const traditional = await launched({ storage: { 'huaqiao.settings': JSON.stringify({ v: 1, largeText: false, script: 'traditional' }) } })
    const page = await traditional.openPage('pages/benefit/index', { id: 'medical-insurance' })
    const { now, later } = await shareToChat(page)
    const text = textOf(pictureOf(traditional, later))
    assert.ok(text.startsWith('城鄉居民基本醫療保險'), text)
    assert.ok(now.title.startsWith('城鄉居民基本醫療保險'), now.title)
    page.close()
  })

  it('took no network or privacy API and reported no error', () => {
    assert.deepEqual(host.violations, [])
    assert.deepEqual(host.errors, [])
  })
})

describe('when the picture cannot be drawn, sharing still works', () => {
  for (const canvas of ['missing', 'export-fails']) {
    it(`canvas ${canvas}: the promise brings the plain share, and nothing throws`, async () => {
      const host = await launched({ canvas })
      const page = await host.openPage('pages/section/index', { id: 'livelihood' })
      const { now, later } = await shareToChat(page)
      assert.deepEqual(now, { title: '回应群众关切，提升民生福祉｜花桥镇2024年工作报告', path: '/pages/section/index?id=livelihood' })
      assert.deepEqual(later, now)
      await new Promise((r) => setTimeout(r, 1200))
      assert.deepEqual(page.shareTimeline(), { title: now.title, query: 'id=livelihood' })
      assert.deepEqual(host.pictures, [])
      assert.deepEqual(host.errors, [])
      page.close()
    })
  }

  it('without the canvas APIs at all (an old WeChat), the share is the plain one', async () => {
    const host = createHost(OUT)
    host.context.wx.createSelectorQuery = undefined
    host.context.wx.canvasToTempFilePath = undefined
    await host.launch()
    const page = await host.openPage('pages/benefit/index', { id: 'dibao' })
    const { now, later } = await shareToChat(page)
    assert.deepEqual(later, now)
    assert.equal(now.path, '/pages/benefit/index?id=dibao')
    page.close()
  })
})
