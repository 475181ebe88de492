// The town's facts filled in (the sample build, dist/sample/weapp, made by scripts/build/sample.mjs
// with test/fixtures/local-facts.sample.json) and absent (the published build, dist/weapp), under the
// stand-in host and drawn with WeChat's own compilers.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createHost } from '../../scripts/lib/weapp-host.mjs'
import { weappScreens } from '../../scripts/lib/weapp-screen.mjs'
import { OUT, ROOT } from '../support/weapp-bundle.mjs'

const SAMPLE = join(ROOT, 'dist', 'sample', 'weapp')
if (!existsSync(join(SAMPLE, 'app.json'))) throw new Error('dist/sample/weapp is missing: run `node scripts/build/sample.mjs weapp` first')

async function dibao(dir, storage = {}) {
  const host = createHost(dir, { storage })
  await host.launch()
  const page = await host.openPage('pages/benefit/index', { id: 'dibao' })
  const { rendered } = page
  page.close()
  assert.deepEqual(host.errors, [])
  return rendered
}

describe('local facts in WeChat', () => {
  it('filled in: 低保 shows the local amount with its year, when and where, the papers, the office, each with source and date', async () => {
    const rendered = await dibao(SAMPLE)
    for (const text of [
      '2026年 （样例）农村低保标准：000元/人·月',
      '什么时候办：（样例）随时可以申请',
      '到哪里办：（样例）镇便民服务中心社会救助窗口',
      '户口簿',
      '（样例）家庭收入情况说明',
      '依据：（样例）花桥镇便民服务中心 · 2026年11月核对',
      '地址：（样例）花桥镇政府一楼便民服务中心',
      '拨打 0734-0000000',
    ]) {
      assert.ok(rendered.includes(text), text)
    }
    assert.ok(!rendered.includes('本地金额：标准以衡南县有关部门当年公布为准。'))
  })

  it('the village chosen before is first in 找谁问, with its phone', async () => {
    const rendered = await dibao(SAMPLE, { 'huaqiao.village': '龙海村' })
    const own = rendered.indexOf('龙海村（村（社区）委员会）')
    assert.ok(own > -1 && own < rendered.indexOf('花桥镇便民服务中心（镇政府统一受理窗口）'))
    assert.ok(rendered.includes('拨打 0734-0000001'))
  })

  it('absent (the published build): the honest wording, and no sample value anywhere', async () => {
    const rendered = await dibao(OUT, { 'huaqiao.village': '龙海村' })
    assert.ok(rendered.includes('本地金额：标准以衡南县有关部门当年公布为准。'))
    assert.ok(rendered.includes('具体还要哪些证明，各地的清单不一样：先问村（社区）委员会或镇便民服务中心。'))
    assert.ok(!/0734-0000|（样例）|龙海村（村/.test(rendered))
  })

  it('drawn as WeChat draws it, with nothing the compilers refuse', async () => {
    const { html, errors } = await weappScreens(SAMPLE).screen(
      'pages/benefit/index',
      { id: 'dibao' },
      { largeText: true, script: 'simplified', village: '龙海村' },
    )
    assert.deepEqual(errors, [])
    assert.ok(html.includes('000元/人·月') && html.includes('0734-0000001'))
  })
})
