// A second year's report in the browser: the sample build (dist/sample/h5, scripts/build/sample.mjs)
// has a made-up 2025 report beside the real 2024 one (never shipped). At 360×740: links in
// circulation today still open 2024's section, a link naming 2025 opens 2025's with 2024's figures
// beside its own, the home offers 往年报告, and the plan page says what became of each item.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleForThisFile } from './harness.mjs'
import { phoneContext } from '../../scripts/lib/browser.mjs'

const sample = sampleForThisFile()

async function textAt(hash, waitFor) {
  const context = await phoneContext(sample.h5.browser, { width: 360, height: 740 })
  const page = await context.newPage()
  await page.goto(`${sample.url}#${hash}`)
  await page.getByText(waitFor).first().waitFor()
  const text = await page.locator('#app').innerText()
  await context.close()
  return text
}

describe('a second year on the web (sample build)', () => {
  it('a link in circulation today (no year) opens 2024’s section', async () => {
    const text = await textAt('/pages/section/index?id=livelihood', '发放低保')
    assert.match(text, /947\s*人/)
    assert.ok(!text.includes('测试样例'))
  })

  it('a link naming 2025 opens 2025’s, with 2024’s figure and its quote beside it', async () => {
    const text = await textAt('/pages/section/index?id=livelihood&year=2025', '2024年的报告：947人')
    assert.match(text, /960\s*人/)
    assert.ok(text.includes('2024年的报告：947人，原文：“发放低保947人” ›'))
  })

  it('the home shows 2025 and offers 往年报告; the plan page compares each item', async () => {
    const home = await textAt('/pages/report/index', '往年报告')
    assert.ok(home.includes('（测试样例，虚构）'))
    assert.ok(home.includes('花桥镇2024年工作总结和2025年工作计划'))
    const plan = await textAt('/pages/plan/index', '2025年工作总结：做到了')
    assert.ok(plan.includes('2025年报告原文：“扶持镇内企业12家”'))
  })
})
