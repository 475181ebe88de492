import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readReport, startH5 } from './harness.mjs'

const report = readReport()
let h5

before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

describe('report in the H5 build (phone, 390px)', () => {
  it('home shows the overview and all 12 sections in their three groups', async () => {
    const page = await h5.open('/pages/report/index')
    for (const group of report.groups) {
      assert.equal(await page.getByRole('heading', { level: 2, name: group.title }).count(), 1, group.title)
    }
    const cards = page.getByRole('heading', { level: 3 })
    assert.deepEqual(
      await cards.allInnerTexts(),
      report.sections.map((s) => s.title),
    )
    assert.equal(await page.getByRole('region', { name: '一分钟看懂' }).getByRole('link').count(), report.overview.length)
    await h5.close(page)
  })

  for (const tab of ['/pages/report/index', '/pages/benefits/index', '/pages/mine/index']) {
    it(`${tab}: the tab bar is a slim bar along the bottom, its icons the size of a finger tip`, async () => {
      const page = await h5.open(tab)
      const box = await page.evaluate(() => {
        const rect = (el) => el.getBoundingClientRect()
        const bar = document.querySelector('#app .tab-bar')
        return { bar: rect(bar), icons: [...bar.querySelectorAll('.tab-bar__icon')].map((icon) => rect(icon)), screen: window.innerHeight }
      })
      assert.equal(box.icons.length, 3)
      for (const icon of box.icons) assert.ok(icon.width >= 18 && icon.width <= 32 && icon.height === icon.width, `icon ${icon.width}×${icon.height}`)
      assert.ok(box.bar.height <= 100, `bar ${box.bar.height} px tall`)
      assert.equal(Math.round(box.bar.bottom), box.screen)
      await h5.close(page)
    })
  }

  it('平安建设 shows the private name withheld as 陈某, in 简体 and 繁體', async () => {
    for (const [script, sentence] of [['simplified', '有效化解陈某30年信访案'], ['traditional', '有效化解陳某30年信訪案']]) {
      const page = await h5.open('/pages/section/index?id=safety-governance', { settings: { script } })
      const text = await page.locator('#app').innerText()
      await h5.close(page)
      assert.ok(text.includes(sentence), script)
      assert.doesNotMatch(text, /陈会军|陳會軍/)
    }
  })

  it('tapping a card opens its section', async () => {
    const page = await h5.open('/pages/report/index')
    await page.getByRole('link', { name: /提升民生福祉/ }).tap()
    await page.getByRole('heading', { level: 1, name: '回应群众关切，提升民生福祉' }).waitFor()
    assert.match(page.url(), /#\/pages\/section\/index\?id=livelihood$/)
    assert.ok(await page.getByText('原文：“发放低保947人”').isVisible())
    await h5.close(page)
  })

  it('a card opens with the keyboard (focus, Enter)', async () => {
    const page = await h5.open('/pages/report/index')
    await page.getByRole('link', { name: /提升政治站位/ }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: '提升政治站位，强化党建引领' }).waitFor()
    await h5.close(page)
  })

  for (const section of report.sections) {
    it(`deep link to ${section.id} renders its title and figures on its own`, async () => {
      const page = await h5.open(`/pages/section/index?id=${section.id}`)
      await page.getByRole('heading', { level: 1, name: section.title }).waitFor()
      for (const figure of section.figures.slice(0, 3)) {
        assert.ok(await page.getByText(`原文：“${figure.quote}”`).first().isVisible(), figure.id)
      }
      assert.ok(await page.getByText(section.paragraphs[0].text.slice(0, 12)).first().isVisible())
      await h5.close(page)
    })
  }

  for (const bad of ['nope', '', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'x'.repeat(2000)]) {
    it(`a bad id (${bad.slice(0, 20) || 'empty'}) renders 未找到 with a way back`, async () => {
      const page = await h5.open(`/pages/section/index?id=${bad}`)
      await page.getByRole('heading', { name: '未找到这一章' }).waitFor()
      await page.getByRole('button', { name: '回到报告目录' }).tap()
      await page.getByRole('heading', { level: 2, name: '2024年工作情况' }).waitFor()
      await h5.close(page)
    })
  }

  it("复制全文 copies the section's text and says so (the toast's code loads on the tap)", async () => {
    const section = report.sections.find((s) => s.id === 'economy')
    const page = await h5.open('/pages/section/index?id=economy')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h5.url })
    await page.getByRole('button', { name: '复制全文' }).tap()
    await page.getByText('全文已复制，可以粘贴到微信里').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const parts = copied.split('\n\n')
    assert.equal(parts[0], section.heading ?? section.title)
    assert.deepEqual(
      parts.slice(1, -2),
      section.paragraphs.map((p) => p.text),
      'the report’s paragraphs, a blank line between',
    )
    assert.match(parts.at(-2), /^——摘自衡南县花桥镇人民政府《花桥镇2024年工作总结和2025年工作计划》/)
    assert.equal(parts.at(-1), `点开看：${h5.url}#/pages/section/index?id=economy`)
    await h5.close(page)
  })

  it('the 校勘说明 page lists the placeholder fixes', async () => {
    const page = await h5.open('/pages/corrections/index')
    await page.getByRole('heading', { name: /模板占位符（3处）/ }).waitFor()
    assert.equal(await page.getByText('原文「关键词2」→ 改为「我镇」').count(), 3)
    await h5.close(page)
  })

  it('logged no console errors and sent no request off this machine', () => {
    assert.deepEqual(h5.problems.consoleErrors, [])
    assert.deepEqual(h5.problems.foreignRequests, [])
  })
})
