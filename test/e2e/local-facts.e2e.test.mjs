// The town's facts on the web: the sample build (dist/sample/h5, scripts/build/sample.mjs) filled in,
// the published build (dist/h5) without them, at 360×740 in 长辈模式 as an elder reads them.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleForThisFile, storeSettings } from './harness.mjs'
import { phoneContext } from '../../scripts/lib/browser.mjs'

const sample = sampleForThisFile()

async function benefitText(url, { village = null } = {}) {
  const context = await phoneContext(sample.h5.browser, { width: 360, height: 740 })
  await storeSettings(context, { largeText: true, script: 'simplified' })
  if (village) await context.addInitScript((name) => localStorage.setItem('huaqiao.village', JSON.stringify({ data: name })), village)
  const page = await context.newPage()
  await page.goto(`${url}#/pages/benefit/index?id=dibao`)
  await page.getByRole('heading', { level: 2, name: '找谁问' }).waitFor()
  const text = await page.locator('#app').innerText()
  await context.close()
  return text
}

describe('local facts on the web', () => {
  it('filled in: the local amount, when and where, the papers and the village first, each with source and date', async () => {
    const text = await benefitText(sample.url, { village: '龙海村' })
    for (const line of [
      '2026年 （样例）农村低保标准：000元/人·月',
      '什么时候办：（样例）随时可以申请',
      '（样例）家庭收入情况说明',
      '依据：（样例）花桥镇便民服务中心 · 2026年11月核对',
      '拨打 0734-0000001',
    ]) {
      assert.ok(text.includes(line), line)
    }
    assert.ok(text.indexOf('龙海村（村（社区）委员会）') < text.indexOf('花桥镇便民服务中心（镇政府统一受理窗口）'))
  })

  it('absent (the published build): the honest wording and no sample value', async () => {
    const text = await benefitText(sample.h5.url, { village: '龙海村' })
    assert.ok(text.includes('本地金额：标准以衡南县有关部门当年公布为准。'))
    assert.doesNotMatch(text, /0734-0000|（样例）|龙海村（村/)
  })
})
