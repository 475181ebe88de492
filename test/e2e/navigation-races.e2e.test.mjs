// Quick Backs and double taps on the H5 build: what an impatient villager on a slow phone does.
// Back while the next page's code is still arriving once left the report home hidden for good (Taro's
// router; see docs/taro-router-back-race.md and patches/); a double tap opened a section twice.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readData, startH5 } from './harness.mjs'
import { expectedHeadings, runBrowserSession } from '../sessions/browser-session.mjs'
import { runSessions } from '../sessions/random.mjs'

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/** What the report home shows, and whether the page Taro keeps for it is on screen. */
const homeShown = (page) =>
  page.evaluate(() => {
    const home = document.querySelector('.taro_page[id^="/pages/report/index"]')
    return { address: window.location.hash, visible: Boolean(home?.checkVisibility()), text: home?.innerText.trim().slice(0, 20) ?? '' }
  })

describe('Back while the next page is loading', () => {
  for (const { scriptDelay, backAfter } of [
    { scriptDelay: 0, backAfter: 0 },
    { scriptDelay: 0, backAfter: 100 },
    { scriptDelay: 0, backAfter: 250 },
    { scriptDelay: 1500, backAfter: 100 },
  ]) {
    it(`tap a section card, Back ${backAfter} ms later (page code ${scriptDelay} ms late): the report home is there, whole`, async () => {
      const page = await h5.open('/pages/report/index', { width: 360, height: 740 })
      await page.context().route('**/js/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, scriptDelay))
        await route.continue()
      })
      await page.getByRole('link', { name: /提升民生福祉/ }).click({ noWaitAfter: true })
      await page.waitForTimeout(backAfter)
      await page.goBack({ waitUntil: 'commit' })
      // Longer than the page slide (300 ms), its delay and the late code together.
      await page.waitForTimeout(scriptDelay + 1200)
      const home = await homeShown(page)
      await page.context().unrouteAll()
      await h5.close(page)
      assert.equal(home.address, '#/pages/report/index')
      assert.ok(home.visible, 'the report home is on screen')
      assert.match(home.text, /花桥镇2024年工作总结/)
    })
  }

  it('tap 搜一搜 and Back at once: the report home is there, whole', async () => {
    const page = await h5.open('/pages/report/index', { width: 360, height: 740 })
    await page.getByRole('link', { name: /搜一搜/ }).click({ noWaitAfter: true })
    await page.goBack({ waitUntil: 'commit' })
    await page.waitForTimeout(1200)
    const home = await homeShown(page)
    await h5.close(page)
    assert.ok(home.visible, 'the report home is on screen')
  })
})

describe('one tap, one page', () => {
  it('a double tap on a section card opens it once: one Back returns to the report home', async () => {
    const page = await h5.open('/pages/report/index', { width: 360, height: 740 })
    await page.getByRole('link', { name: /提升民生福祉/ }).dblclick()
    await page.getByRole('heading', { level: 1, name: '回应群众关切，提升民生福祉' }).waitFor()
    await page.waitForTimeout(500)
    const stacked = await page.evaluate(() => ({ depth: window.history.state?.idx, pages: document.querySelectorAll('.taro_page').length }))
    await page.goBack()
    await page.waitForTimeout(800)
    const home = await homeShown(page)
    await h5.close(page)
    assert.deepEqual(stacked, { depth: 1, pages: 2 })
    assert.ok(home.visible, 'one Back shows the report home')
  })
})

describe('random villager sessions (H5)', () => {
  // npm test runs a few; `npm run sessions` runs the full set (README).
  const count = Number(process.env.SESSIONS_H5 ?? 8)
  const headings = expectedHeadings({ report: readData('report.json'), benefits: readData('benefits.json') })
  it(`${count} seeded sessions of 40 actions with the app's code 0–2 s late: no error, blank screen, doubled page or wrong page`, async () => {
    const run = (seed) => runBrowserSession({ browser: h5.browser, url: h5.url, seed, headings })
    const failures = await runSessions({ count, concurrency: 4, target: 'h5', actions: 40, run })
    assert.equal(failures.length, 0, failures.join('\n\n'))
  })
})
