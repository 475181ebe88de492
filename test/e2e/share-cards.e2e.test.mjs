// Every share card drawn in Chromium by the app's own drawing code (the same function WeChat runs on
// the phone's 2D canvas), with real CJK fonts: all text inside the picture, and the figure the
// report's own figure for that page.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { shareCardsPage } from '../../scripts/lib/share-cards-browser.mjs'
import { readData, readReport, startH5 } from './harness.mjs'

const report = readReport()
const { benefits } = readData('benefits.json')
const reportText = readData('report-text.json')

/** The report's headline figure for each page, read from the data, not from the card code. */
const EXPECTED = new Map([
  ['report', null],
  ['corrections', null],
  ...report.sections.map((s) => [`section-${s.id}`, s.figures[0] ?? null]),
  // A benefit's card says what it is (its summary), not a count of recipients.
  ...benefits.map((b) => [`benefit-${b.id}`, null]),
])
/** Chinese line-breaking: no line starts with closing punctuation or ends with an opening bracket. */
const BAD_START = /^[，。、；：！？）」』”’》】%]/
const BAD_END = /[（「『“‘《【]$/

let h5
let page
before(async () => {
  h5 = await startH5()
  page = await shareCardsPage(await h5.browser.newContext({ locale: 'zh-CN' }))
})
after(async () => {
  await page?.context().close()
  await h5?.stop()
})

const draw = (name, shape, script = 'simplified') => page.evaluate(([n, s, sc]) => window.shareCards.draw(n, s, sc), [name, shape, script])

describe('share cards drawn in Chromium', () => {
  it('has a card for the home, 校勘说明, 12 sections and 21 benefits', async () => {
    const names = await page.evaluate(() => window.shareCards.pages.map(([name]) => name))
    assert.deepEqual(names, [...EXPECTED.keys()])
  })

  for (const shape of ['chat', 'timeline']) {
    it(`${shape}: every card's text lies inside the picture, and nothing reaches its right edge`, async () => {
      for (const name of EXPECTED.keys()) {
        const { width, height, ops, edgeInk } = await draw(name, shape)
        const texts = ops.filter((op) => op.kind === 'text')
        assert.ok(texts.length >= 3, `${name}: only ${texts.length} lines`)
        for (const op of texts) {
          assert.ok(op.x >= 0 && op.x + op.width <= width, `${name} ${shape}: 「${op.text}」 runs from ${op.x} to ${op.x + op.width} of ${width}`)
          assert.ok(op.y >= 0 && op.y + op.size <= height, `${name} ${shape}: 「${op.text}」 runs from ${op.y} to ${op.y + op.size} of ${height}`)
        }
        assert.equal(edgeInk, 0, `${name} ${shape}: ${edgeInk} pixels of ink at the right edge`)
      }
    })

    it(`${shape}: every card shows the report's own figure for its page, or a line of its summary`, async () => {
      for (const [name, figure] of EXPECTED) {
        const { ops, card } = await draw(name, shape)
        const lines = ops.filter((op) => op.kind === 'text').map((op) => op.text)
        if (!figure) {
          assert.equal(card.figure, null, name)
          assert.ok(lines.join('').includes(card.line.slice(0, 8)), `${name}: no summary line in ${lines.join(' / ')}`)
          continue
        }
        assert.ok(lines.includes(`${figure.value}${figure.unit}`), `${name}: ${figure.value}${figure.unit} not among ${lines.join(' / ')}`)
        const section = name.startsWith('section-') ? name.slice(8) : figure.section
        assert.ok(
          reportText[section].some((p) => p.text.includes(figure.quote)),
          `${name}: the quote 「${figure.quote}」 is not in the report`,
        )
      }
    })
  }

  it('no line of any card, in either shape or script, starts with closing punctuation or ends with an opening bracket', async () => {
    let lines = 0
    for (const name of EXPECTED.keys())
      for (const shape of ['chat', 'timeline'])
        for (const script of ['simplified', 'traditional']) {
          const { ops } = await draw(name, shape, script)
          for (const op of ops.filter((o) => o.kind === 'text')) {
            lines += 1
            assert.ok(!BAD_START.test(op.text), `${name} ${shape} ${script}: 「${op.text}」 starts with punctuation`)
            assert.ok(!BAD_END.test(op.text), `${name} ${shape} ${script}: 「${op.text}」 ends with an opening bracket`)
          }
        }
    assert.ok(lines > 500, `${lines} lines checked`)
  })

  it('a benefit card says what the benefit is, not a count', async () => {
    const { ops } = await draw('benefit-dibao', 'timeline')
    const text = ops.filter((op) => op.kind === 'text').map((op) => op.text)
    assert.equal(text[0], '最低生活保障')
    assert.ok(
      text
        .slice(1, -1)
        .join('')
        .startsWith(benefits.find((b) => b.id === 'dibao').summary.slice(0, 10)),
      text.join(' / '),
    )
    assert.ok(!text.includes('947人'))
  })

  it('draws the 繁體 edition in 繁體', async () => {
    const simplified = await draw('benefit-medical-insurance', 'chat')
    const traditional = await draw('benefit-medical-insurance', 'chat', 'traditional')
    assert.equal(simplified.ops.find((op) => op.kind === 'text').text, '城乡居民基本医疗保险')
    assert.equal(traditional.ops.find((op) => op.kind === 'text').text, '城鄉居民基本醫療保險')
    assert.ok((await draw('section-livelihood', 'chat', 'traditional')).ops.some((op) => op.text === '947人'))
  })
})
