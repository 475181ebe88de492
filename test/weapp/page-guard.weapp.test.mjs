// Never a blank page: in the test build (dist/sample, where storage can ask every page to fail while
// drawing: src/platform/fault-probe.ts), each page kind shows its error screen in both text sizes and
// in 单页模式, keeps the error on the phone, and offers the ways on that work there.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHost, TIMELINE_SCENE } from '../../scripts/lib/weapp-host.mjs'
import { OUT, ROOT } from '../support/weapp-bundle.mjs'

const SAMPLE = join(ROOT, 'dist', 'sample', 'weapp')
if (!existsSync(join(SAMPLE, 'app.json'))) throw new Error('dist/sample/weapp is missing: run `node scripts/build/sample.mjs weapp` first')

/** Each page kind, its query and the title its error screen shows (src/page-titles.ts). */
const PAGES = [
  ['pages/report/index', {}, '花桥镇工作报告'],
  ['pages/section/index', { id: 'livelihood' }, '花桥镇工作报告'],
  ['pages/benefits/index', {}, '花桥镇惠民政策'],
  ['pages/benefit/index', { id: 'dibao' }, '花桥镇惠民政策'],
  ['pages/finder/index', {}, '花桥镇·看看我能享受什么'],
  ['pages/mine/index', {}, '我的'],
  ['pages/search/index', { q: encodeURIComponent('低保') }, '花桥镇政务公开·搜索'],
  ['pages/plan/index', {}, '花桥镇·去年说要做的事'],
  ['pages/year/index', { year: '2024' }, '花桥镇往年工作报告'],
  ['pages/corrections/index', {}, '花桥镇工作报告·校勘说明'],
]
const FAULT = ['huaqiao.fault', 'render']

async function failingPage(route, query, { largeText = false, scene = 1001 } = {}) {
  const host = createHost(SAMPLE, { scene, storage: { 'huaqiao.settings': JSON.stringify({ v: 1, largeText, script: 'simplified' }) } })
  await host.launch()
  host.store.set(...FAULT)
  return { host, page: await host.openPage(route, query) }
}

describe('a page that fails to draw (test build)', () => {
  for (const [route, query, title] of PAGES) {
    for (const largeText of [false, true]) {
      it(`${route}: its title, 「这一页没有打开」 and the ways on (${largeText ? '长辈模式' : 'standard'})`, async () => {
        const { host, page } = await failingPage(route, query, { largeText })
        for (const text of [title, '这一页没有打开', '回到首页', '打 12345']) assert.ok(page.rendered.includes(text), `${route} does not show 「${text}」`)
        assert.equal(page.rendered.includes('page-shell--large'), largeText)
        const kept = JSON.parse(host.store.get('huaqiao.errors'))
        assert.equal(kept.length, 1)
        assert.equal(kept[0].page, route)
        assert.match(kept[0].message, /render error forced by the test build/)
        await page.tap('回到首页')
        assert.deepEqual(host.moves.at(-1), { api: 'reLaunch', url: '/pages/report/index' })
        page.close()
      })
    }
    it(`${route}: in 单页模式, the number written out and no control WeChat refuses there`, async () => {
      const { host, page } = await failingPage(route, query, { scene: TIMELINE_SCENE })
      for (const text of [title, '这一页没有打开', '有问题可以打 12345 咨询']) assert.ok(page.rendered.includes(text), `${route} does not show 「${text}」`)
      assert.ok(!page.rendered.includes('回到首页'), 'a page move in 单页模式')
      assert.deepEqual(host.refused, [])
      page.close()
    })
  }

  it('the published build cannot be asked to fail', () => {
    const scripts = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'))
    for (const file of scripts(OUT)) assert.ok(!readFileSync(join(OUT, file), 'utf8').includes('huaqiao.fault'), `dist/weapp/${file}`)
    assert.ok(scripts(SAMPLE).some((file) => readFileSync(join(SAMPLE, file), 'utf8').includes('huaqiao.fault')), 'the test build has no fault switch')
  })
})
