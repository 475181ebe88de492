import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readData, startH5 } from './harness.mjs'

const { benefits } = readData('benefits.json')
let h5

before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

const firstResultName = (page) => page.getByRole('link', { name: /查看详情/ }).first().locator('.benefit-item__name').innerText()

describe('benefits in the H5 build (phone, 390px)', () => {
  for (const [query, expected] of [
    ['低保', '最低生活保障'],
    ['dibao', '最低生活保障'],
    ['新农合', '城乡居民基本医疗保险'],
    ['种粮补贴', '耕地地力保护补贴'],
    ['房子漏雨', '农村危房改造'],
  ]) {
    it(`typing 「${query}」 shows ${expected} first`, async () => {
      const page = await h5.open('/pages/benefits/index')
      await page.locator('.search-box input').fill(query)
      await page.getByText(/找到 \d+ 项/).waitFor()
      assert.equal(await firstResultName(page), expected)
      await h5.close(page)
    })
  }

  it('a query with no match shows suggestions and 12345', async () => {
    const page = await h5.open('/pages/benefits/index')
    await page.locator('.search-box input').fill('.*(😀')
    await page.getByText(/没有找到和/).waitFor()
    assert.ok(await page.getByRole('button', { name: '打 12345 咨询' }).isVisible())
    await page.getByRole('button', { name: '新农合' }).tap()
    assert.equal(await firstResultName(page), '城乡居民基本医疗保险')
    await h5.close(page)
  })

  it('the finder goes from the first question to a result page', async () => {
    const page = await h5.open('/pages/benefits/index')
    await page.getByRole('button', { name: /回答几个问题/ }).tap()
    await page.getByText('第 1 题，共 6 题').waitFor()
    await page.getByRole('button', { name: /80岁以上的老人/ }).tap()
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: /^(下一题 ›|看结果)$/ }).tap()
    await page.getByRole('heading', { level: 1, name: '可能适合您家的政策' }).waitFor()
    await page.getByText('因为您家有80岁以上老人').waitFor()
    await page.getByRole('link', { name: /^高龄津贴/ }).tap()
    await page.getByRole('heading', { level: 1, name: '高龄津贴' }).waitFor()
    assert.match(page.url(), /#\/pages\/benefit\/index\?id=elderly-allowance$/)
    await h5.close(page)
  })

  for (const benefit of benefits) {
    it(`deep link to ${benefit.id} renders on its own`, async () => {
      const page = await h5.open(`/pages/benefit/index?id=${benefit.id}`)
      await page.getByRole('heading', { level: 1, name: benefit.name }).waitFor()
      assert.ok(await page.getByText(benefit.summary).isVisible())
      // What is known comes first: national and Hunan figures before 「本地金额…」, reference figures after it.
      const text = await page.locator('#app').innerText()
      const known = [...benefit.nationalFigures, ...benefit.provinceFigures].map((f) => f.text)
      for (const k of known) assert.ok(text.includes(k), k)
      if (benefit.localStandard) {
        const local = text.indexOf(`本地金额：${benefit.localStandard}`)
        assert.ok(local >= 0 && known.every((k) => text.indexOf(k) < local), 'known figures before 本地金额')
        assert.ok(benefit.referenceFigures.every((r) => text.indexOf(r.text) > local), 'references after 本地金额')
      } else assert.equal(await page.getByText(/本地金额/).count(), 0, 'no 本地金额 line where the amount is national')
      await h5.close(page)
    })
  }

  it('a bad benefit id shows 未找到 with a way to the list', async () => {
    const page = await h5.open('/pages/benefit/index?id=free-money')
    await page.getByRole('heading', { name: '未找到这项政策' }).waitFor()
    await page.getByRole('button', { name: '看全部惠民政策' }).tap()
    await page.getByRole('heading', { level: 1, name: '惠民政策查询' }).waitFor()
    await h5.close(page)
  })

  it('a section page lists its related benefits', async () => {
    const page = await h5.open('/pages/section/index?id=livelihood')
    await page.getByRole('heading', { name: '和这一章有关的惠民政策' }).waitFor()
    for (const name of ['最低生活保障', '高龄津贴', '困难残疾人生活补贴', '重度残疾人护理补贴', '临时救助', '城乡居民基本医疗保险']) {
      assert.ok(await page.getByRole('link', { name: new RegExp(`^${name}`) }).isVisible(), name)
    }
    await h5.close(page)
  })

  it('logged no console errors and sent no request off this machine', () => {
    assert.deepEqual(h5.problems.consoleErrors, [])
    assert.deepEqual(h5.problems.foreignRequests, [])
  })
})
