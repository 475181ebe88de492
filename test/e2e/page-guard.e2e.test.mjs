// Never a blank page, on the web: in the test build (dist/sample/h5, where storage can ask every page
// to fail while drawing: src/platform/fault-probe.ts), each page kind shows its error screen in both
// text sizes and keeps the error on the phone; 回到首页 leads on.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { H5_DIR, sampleForThisFile } from './harness.mjs'
import { phoneContext } from '../../scripts/lib/browser.mjs'

const sample = sampleForThisFile()

const PAGES = [
  ['/pages/report/index', '花桥镇工作报告'],
  ['/pages/section/index?id=livelihood', '花桥镇工作报告'],
  ['/pages/benefits/index', '花桥镇惠民政策'],
  ['/pages/benefit/index?id=dibao', '花桥镇惠民政策'],
  ['/pages/finder/index', '花桥镇·看看我能享受什么'],
  ['/pages/mine/index', '我的'],
  [`/pages/search/index?q=${encodeURIComponent('低保')}`, '花桥镇政务公开·搜索'],
  ['/pages/plan/index', '花桥镇·去年说要做的事'],
  ['/pages/year/index?year=2024', '花桥镇往年工作报告'],
  ['/pages/corrections/index', '花桥镇工作报告·校勘说明'],
]

/** Taro's web storage keeps each value as {"data": …}. */
const stored = (value) => JSON.stringify({ data: value })

describe('a page that fails to draw, on the web (test build)', () => {
  for (const [hash, title] of PAGES) {
    for (const largeText of [false, true]) {
      it(`${hash}: its title, 「这一页没有打开」 and the ways on (${largeText ? '长辈模式' : 'standard'})`, async () => {
        const context = await phoneContext(sample.h5.browser, { width: 360, height: 740 })
        await context.addInitScript(
          ([settings, fault]) => {
            localStorage.setItem('huaqiao.settings', settings)
            if (!sessionStorage.getItem('fault-done')) localStorage.setItem('huaqiao.fault', fault)
          },
          [stored(JSON.stringify({ v: 1, largeText, script: 'simplified' })), stored('render')],
        )
        const page = await context.newPage()
        await page.goto(`${sample.url}#${hash}`)
        await page.getByText('这一页没有打开').waitFor()
        assert.equal(await page.getByRole('heading', { level: 1, name: title }).count(), 1, title)
        assert.equal(await page.locator('#app .page-shell--large').count() > 0, largeText, '长辈模式')
        for (const name of ['回到首页', '打 12345']) assert.equal(await page.getByRole('button', { name }).count(), 1, name)
        const kept = await page.evaluate(() => JSON.parse(JSON.parse(localStorage.getItem('huaqiao.errors')).data))
        assert.equal(kept.length, 1)
        assert.equal(`/${kept[0].page}`, hash.split('?')[0])
        // Whatever broke is mended: 回到首页 opens the report home.
        await page.evaluate(() => {
          localStorage.removeItem('huaqiao.fault')
          sessionStorage.setItem('fault-done', '1')
        })
        await page.getByRole('button', { name: '回到首页' }).click()
        await page.getByRole('heading', { name: '一分钟看懂' }).waitFor()
        await context.close()
      })
    }
  }

  it('the published build cannot be asked to fail', () => {
    const dir = join(H5_DIR, 'js')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      assert.ok(!readFileSync(join(dir, file), 'utf8').includes('huaqiao.fault'), `dist/h5/js/${file}`)
    }
  })
})
