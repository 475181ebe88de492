// The one search page in the H5 build: reached from the report home and the 惠民政策 tab, both
// result groups, a report hit opening its section at the marked block, links that can be shared.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startH5 } from './harness.mjs'

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/** Whether the element is on the screen now (scrolled to), not just in the page. */
const onScreen = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.top >= 8 && r.top < window.innerHeight
  })

describe('search in the H5 build', () => {
  it('from the report home: a spoken sentence finds the report\'s sentences, and a hit opens its block', async () => {
    const page = await h5.open('/pages/report/index')
    await page.getByRole('link', { name: /搜一搜/ }).tap()
    const box = page.locator('.search-box input:visible')
    await box.waitFor()
    await box.fill('我们村修路的事')
    await page.getByRole('heading', { name: '报告里说到（3 处）' }).waitFor()
    const first = page.locator('.report-hit').first()
    assert.match(await first.innerText(), /出自「回应群众关切，提升民生福祉」/)
    assert.deepEqual(await first.locator('.report-hit__mark').allInnerTexts(), ['旅游路', '资源路', '产业路', '三路'])
    await first.tap()
    await page.getByRole('heading', { level: 1, name: '回应群众关切，提升民生福祉' }).waitFor()
    assert.match(page.url(), /#\/pages\/section\/index\?id=livelihood&p=5$/)
    const marked = page.locator('.full-text__block--marked')
    assert.equal(await marked.count(), 1)
    assert.match(await marked.innerText(), /“三路”建设/)
    await page.waitForFunction(() => {
      const r = document.querySelector('.full-text__block--marked')?.getBoundingClientRect()
      return r && r.top >= 0 && r.top < window.innerHeight
    })
    await h5.close(page)
  })

  it('from the 惠民政策 tab: what was typed carries over, and both groups show', async () => {
    const page = await h5.open('/pages/benefits/index')
    await page.locator('.search-box input:visible').fill('喝水')
    await page.getByRole('link', { name: /在整份报告里也找一找「喝水」/ }).tap()
    await page.getByRole('heading', { name: /惠民政策（\d+ 项）/ }).waitFor()
    assert.ok(await page.getByRole('heading', { name: '报告里说到（1 处）' }).isVisible())
    assert.ok(await page.getByRole('link', { name: /农村安全饮水/ }).first().isVisible())
    assert.match(await page.locator('.report-hit').first().innerText(), /住房和饮水方面/)
    await h5.close(page)
  })

  it('a question as a villager asks it: 孩子上职校 lists 雨露计划 first with the finder\'s reason, never 「没有子女」', async () => {
    const page = await h5.open(`/pages/search/index?q=${encodeURIComponent('孩子上职校有没有补助')}`)
    await page.getByRole('heading', { name: /惠民政策（\d+ 项）/ }).waitFor()
    const first = page.locator('.benefit-item').first()
    assert.match(await first.innerText(), /雨露计划[\s\S]*因为家里有孩子读中职、高职，又是脱贫户或监测户/)
    assert.doesNotMatch(await page.locator('body').innerText(), /没有子女/)
    await h5.close(page)
  })

  it('a shared search link opens with its results; pinyin finds a village', async () => {
    const page = await h5.open('/pages/search/index?q=lhc')
    await page.getByRole('heading', { name: '报告里说到（1 处）' }).waitFor()
    assert.deepEqual(await page.locator('.report-hit__mark').allInnerTexts(), ['龙海村'])
    await h5.close(page)
  })

  it('nothing found: says so, offers words that work and 12345', async () => {
    const page = await h5.open('/pages/search/index?q=%3Cscript%3E')
    await page.getByText('没有找到和「<script>」有关的内容').waitFor()
    await page.getByRole('button', { name: '湘黄鸡' }).tap()
    await page.getByRole('heading', { name: /报告里说到/ }).waitFor()
    assert.ok(await page.getByRole('button', { name: '打 12345 咨询' }).count() === 0)
    await h5.close(page)
  })

  it('a paragraph link scrolls to its block and marks it; a bad p opens the top, unmarked', async () => {
    const page = await h5.open('/pages/section/index?id=economy&p=4')
    const marked = page.locator('.full-text__block--marked')
    await marked.waitFor()
    // On screen once the scroll has settled (its top unchanged over five frames).
    await page.waitForFunction(
      () => {
        const r = document.querySelector('.full-text__block--marked')?.getBoundingClientRect()
        const state = window.__scrollCheck ?? (window.__scrollCheck = { top: null, still: 0 })
        state.still = r && r.top === state.top ? state.still + 1 : 0
        state.top = r?.top ?? null
        return state.still >= 5
      },
      null,
      { polling: 'raf' },
    )
    assert.ok(await onScreen(marked), `the marked block ends at ${await marked.evaluate((el) => el.getBoundingClientRect().top)} px, off screen`)
    await h5.close(page)

    const plain = await h5.open('/pages/section/index?id=economy&p=999')
    await plain.getByRole('heading', { level: 1, name: '坚持围绕中心，推动经济发展' }).waitFor()
    assert.equal(await plain.locator('.full-text__block--marked').count(), 0)
    assert.equal(await plain.evaluate(() => window.scrollY), 0)
    await h5.close(plain)
  })

  it('logged no console errors and sent no request off this machine', () => {
    assert.deepEqual(h5.problems.consoleErrors, [])
    assert.deepEqual(h5.problems.foreignRequests, [])
  })
})
