// The cadre's post and the villager's shortest path in the H5 build, at 360×740 in both text sizes:
// 「发到群里」 copies a group message whose link opens the same page, body text can be long-pressed and
// copied, the home's tiles land on their sentence, and the 2025 overview lists its four parts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readData, readReport, startH5 } from './harness.mjs'
import { MODES } from '../support/screens.mjs'

const report = readReport()
const benefits = readData('benefits.json')
const PHONE = { width: 360, height: 740 }
let h5

before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/** Opens `hash`, taps 「发到群里」 and gives back the copied message's lines. */
async function post(hash, settings) {
  const page = await h5.open(hash, { ...PHONE, settings })
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h5.url })
  await page.getByRole('button', { name: '发到群里' }).tap()
  await page.getByText('群消息已复制，到微信群里长按粘贴').waitFor()
  const message = await page.evaluate(() => navigator.clipboard.readText())
  await h5.close(page)
  assert.ok([...message].length <= 500, `${[...message].length} characters`)
  return message.split('\n')
}

/** The page a message's link opens: its first heading. */
async function headingAt(link) {
  const page = await h5.open(link.slice(link.indexOf('#') + 1), PHONE)
  const heading = await page.getByRole('heading', { level: 1 }).first().innerText()
  await h5.close(page)
  return heading
}

for (const [mode, settings] of [
  ['standard', MODES.standard],
  ['长辈模式', MODES.large],
]) {
  describe(`发到群里 in the H5 build (360×740, ${mode})`, () => {
    it('the report home: the one-minute overview, and a link to the home', async () => {
      const lines = await post('/pages/report/index', settings)
      assert.equal(lines[0], `【一分钟看懂】${report.title}`)
      assert.equal(lines.length - 3, report.overview.length)
      assert.equal(lines.at(-2), `点开看：${h5.url}#/pages/report/index`)
    })

    it('a section: its figures with their sentences, and a link that opens that section', async () => {
      const section = report.sections.find((s) => s.id === 'safety-governance')
      const lines = await post('/pages/section/index?id=safety-governance', settings)
      assert.equal(lines[0], `【${section.title}】${report.title}`)
      const figureLines = lines.slice(2, -2)
      // Each line one of the section's figures with its sentence, each once (the summary's topics
      // first: domain/report/section-figures.ts messageOrder, tested there line by line).
      const expected = section.figures.map((f) => `· ${f.label}：${f.value}${f.unit}。原文：“${f.quote}”`)
      for (const line of figureLines) assert.ok(expected.includes(line), line)
      assert.equal(new Set(figureLines).size, figureLines.length)
      assert.ok(figureLines.length >= 5)
      assert.equal(await headingAt(lines.at(-2)), section.title)
    })

    it('a benefit: who can apply, what to bring, whom to ask, and a link that opens it', async () => {
      const benefit = benefits.benefits.find((b) => b.id === 'medical-insurance')
      const lines = await post('/pages/benefit/index?id=medical-insurance', settings)
      assert.equal(lines[0], `【${benefit.name}】${benefit.summary}`)
      for (const label of ['谁能申请：', '要带什么：', '找谁问：'])
        assert.ok(
          lines.some((l) => l.startsWith(label)),
          label,
        )
      assert.equal(await headingAt(lines.at(-2)), benefit.name)
    })
  })
}

describe('the search page and the plan post what they show (360×740)', () => {
  it('search: the words, what was found, and a link to the same search', async () => {
    const lines = await post(`/pages/search/index?q=${encodeURIComponent('修路')}`, MODES.standard)
    assert.equal(lines[0], '在「花桥镇 · 政务公开」里搜「修路」，找到：')
    assert.ok(lines.some((l) => l.startsWith('· 报告里说：')))
    assert.match(lines.at(-2), /#\/pages\/search\/index\?q=%E4%BF%AE%E8%B7%AF$/)
  })

  it('the plan: its items, numbered', async () => {
    const lines = await post('/pages/plan/index', MODES.standard)
    assert.match(lines[0], /^【2025年说要做的事】/)
    assert.equal(lines[1], `1. ${readData('plan.json').plans[0].items[0].text}`)
  })
})

describe('long-press copy on all body text (360×740)', () => {
  const CASES = [
    ['/pages/section/index?id=livelihood', ['.full-text__block', '.section-page__summary', '.figure-tile__quote']],
    ['/pages/benefit/index?id=dibao', ['.cited-list__text', '.benefit-page__summary']],
    [`/pages/search/index?q=${encodeURIComponent('低保')}`, ['.report-hit__sentence', '.benefit-item__summary']],
  ]
  for (const [hash, selectors] of CASES) {
    it(`${hash}: the reader can select ${selectors.join(', ')}`, async () => {
      const page = await h5.open(hash, PHONE)
      for (const selector of selectors) {
        const element = page.locator(selector).first()
        await element.waitFor()
        // Selectable: its own style says text, or it inherits from no unselectable ancestor.
        const selectable = await element.evaluate((el) => {
          const own = getComputedStyle(el).userSelect
          if (own === 'text') return true
          for (let node = el; node; node = node.parentElement) if (getComputedStyle(node).userSelect === 'none') return false
          return true
        })
        assert.ok(selectable, `${selector} can be long-pressed and copied`)
        // What a long-press does: select the words under the finger.
        const selected = await element.evaluate((el) => {
          const range = document.createRange()
          range.selectNodeContents(el)
          getSelection().removeAllRanges()
          getSelection().addRange(range)
          return getSelection().toString()
        })
        assert.ok(selected.length > 0, selector)
      }
      await h5.close(page)
    })
  }
})

describe('every tile lands on its sentence (360×740, 长辈模式)', () => {
  it('a one-minute tile opens its section at the block of its sentence, marked and on the screen', async () => {
    const page = await h5.open('/pages/report/index', { ...PHONE, settings: MODES.large })
    const overview = report.overview.find((o) => o.figure === 'insurance-rate')
    const figure = report.sections.find((s) => s.id === overview.section).figures.find((f) => f.id === overview.figure)
    await page.getByRole('region', { name: '一分钟看懂' }).getByText(figure.label).tap()
    await page.waitForURL(new RegExp(`id=${overview.section}&p=${overview.p}$`))
    const marked = page.locator('.full-text__block--marked')
    await marked.waitFor()
    assert.ok((await marked.innerText()).includes(figure.quote.slice(0, 6)), 'the marked block holds the sentence')
    await page.waitForFunction(() => {
      const box = document.querySelector('.full-text__block--marked').getBoundingClientRect()
      return box.top >= 0 && box.top < window.innerHeight
    })
    await h5.close(page)
  })
})

describe('the 2025 overview lists its four parts (360×740)', () => {
  it('each part opens its chapter, and Back returns to the overview', async () => {
    const page = await h5.open('/pages/section/index?id=plan-overview', PHONE)
    const parts = report.groups.find((g) => g.id === 'plan-2025').sections.slice(1)
    const titles = parts.map((id) => report.sections.find((s) => s.id === id).title)
    assert.deepEqual(await page.locator('.section-page__parts .section-card__title').allInnerTexts(), titles)
    await page.locator('.section-page__parts').getByText(titles[3]).tap()
    await page.getByRole('heading', { level: 1, name: titles[3] }).waitFor()
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: report.sections.find((s) => s.id === 'plan-overview').title }).waitFor()
    await h5.close(page)
  })

  it('a part’s 上一章 goes back to the overview instead of opening it a second time (Back then leaves it)', async () => {
    const page = await h5.open('/pages/report/index', PHONE)
    const overview = report.sections.find((s) => s.id === 'plan-overview').title
    await page.getByRole('heading', { level: 3, name: overview }).tap()
    await page.getByRole('heading', { level: 1, name: overview }).waitFor()
    await page.waitForTimeout(600)
    await page.locator('.section-page__parts .section-card').first().tap()
    await page.getByRole('heading', { level: 1, name: report.sections.find((s) => s.id === 'plan-economy').title }).waitFor()
    await page.waitForTimeout(600)
    const historyBefore = await page.evaluate(() => window.history.length)
    await page.getByRole('button', { name: '‹ 上一章' }).last().tap()
    await page.getByRole('heading', { level: 1, name: overview }).waitFor()
    await page.waitForTimeout(600)
    assert.equal(await page.locator('.taro_page').count(), 2, 'the home and the overview, once')
    assert.equal(await page.evaluate(() => window.history.length), historyBefore)
    await page.goBack()
    await page.getByRole('heading', { level: 2, name: '一分钟看懂' }).waitFor()
    await h5.close(page)
  })
})
