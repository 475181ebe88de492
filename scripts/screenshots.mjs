#!/usr/bin/env node
// README screenshots, standard and 长辈模式, at 360×740 (the most common Android width):
// - h5: the real H5 build (dist/h5) in Chromium;
// - weapp: the real dist/weapp as WeChat draws it (WeChat's WXML/WXSS compilers, scripts/lib/weapp-render.mjs).
// Run after both builds and the sample builds:  npm run build:weapp && npm run build:h5 &&
//   node scripts/build/sample.mjs weapp && node scripts/build/sample.mjs h5 && npm run screenshots
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from './lib/static-server.mjs'
import { launchBrowser } from './lib/browser.mjs'
import { parseLink, weappScreens } from './lib/weapp-screen.mjs'
import { shareCardsPage } from './lib/share-cards-browser.mjs'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'docs', 'screenshots')
/** A question as a villager asks it (issue 37): the finder's benefits first, each with its reason. */
const QUESTION_LINK = `/pages/search/index?q=${encodeURIComponent('我今年68岁能领多少钱')}`
const H5_SHOTS = [
  ['home', '/pages/report/index'],
  ['section', '/pages/section/index?id=livelihood'],
  ['search-question', QUESTION_LINK],
]
/** Benefit pages whose 能领多少 block is shot in 长辈模式: a national amount, Hunan's contributions, a reference figure. */
const ANSWER_SHOTS = ['childcare-subsidy', 'medical-insurance', 'dibao']
const WEAPP_SHOTS = [
  ['home', '/pages/report/index'],
  ['section', '/pages/section/index?id=livelihood'],
  ['benefits', '/pages/benefits/index'],
  ['benefit', '/pages/benefit/index?id=dibao'],
  ['mine', '/pages/mine/index'],
  ['search', `/pages/search/index?q=${encodeURIComponent('我们村修路的事')}`],
  ['search-question', QUESTION_LINK],
  ['plan', '/pages/plan/index'],
]
/** The sample build's made-up second year (test/fixtures/reports/next-year): what adding a year looks like. */
const SECOND_YEAR_SHOTS = [
  ['home', '/pages/report/index', null],
  ['home-archive', '/pages/report/index', '往年报告'],
  ['section', '/pages/section/index?id=livelihood&year=2025', null],
  ['plan', '/pages/plan/index', null],
]
/**
 * The town's facts filled in (the sample build, dist/sample: `node scripts/build/sample.mjs weapp|h5`;
 * sample values, never shipped): the 低保 page at 能领到什么 and at 找谁问, with 龙海村 chosen.
 */
const LOCAL_LINK = '/pages/benefit/index?id=dibao'
const LOCAL_SHOTS = [
  ['amount', '能领到什么'],
  ['contacts', '找谁问'],
]
const SAMPLE_DIR = join(root, 'dist', 'sample')
/** Pages as they open from the 朋友圈 (WeChat's 单页模式, scene 1154): the top, and the end where the controls were. */
const TIMELINE_SHOTS = [
  ['section', '/pages/section/index?id=livelihood'],
  ['benefit', '/pages/benefit/index?id=dibao'],
]
/** Share-card pictures, drawn by the app's own code as WeChat draws them on the phone. */
const SHARE_SHOTS = ['report', 'section-economy', 'section-livelihood', 'section-plan-economy', 'benefit-dibao', 'benefit-medical-insurance', 'benefit-tekun']
const MODES = { standard: false, large: true }
const VIEWPORT = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }

mkdirSync(outDir, { recursive: true })

/** Scrolls the block headed `heading` to the top of the screen (the page's own scroller or the window). */
const scrollToHeading = (page, heading) =>
  page.evaluate((text) => {
    const el = [...document.querySelectorAll('[role="heading"], .block-title, .info-block__title')].find((e) => e.textContent.trim() === text)
    el?.scrollIntoView({ block: 'start' })
  }, heading)

async function localShots() {
  const sample = await serveStatic(join(SAMPLE_DIR, 'h5'))
  const weapp = weappScreens(join(SAMPLE_DIR, 'weapp'))
  try {
    for (const [mode, largeText] of Object.entries(MODES)) {
      const context = await browser.newContext(VIEWPORT)
      const stored = JSON.stringify({ data: JSON.stringify({ v: 1, largeText, script: 'simplified' }) })
      await context.addInitScript((value) => localStorage.setItem('huaqiao.settings', value), stored)
      await context.addInitScript(() => localStorage.setItem('huaqiao.village', JSON.stringify({ data: '龙海村' })))
      const page = await context.newPage()
      await page.goto(`${sample.url}#${LOCAL_LINK}`)
      await page.getByRole('heading', { level: 2, name: '找谁问' }).waitFor()
      const { route, query } = parseLink(LOCAL_LINK)
      const { html } = await weapp.screen(route, query, { largeText, script: 'simplified', village: '龙海村' })
      const weappPage = await context.newPage()
      await weappPage.setContent(html)
      await weappPage.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
      for (const [name, heading] of LOCAL_SHOTS) {
        for (const [target, shot] of [
          ['h5', page],
          ['weapp', weappPage],
        ]) {
          await scrollToHeading(shot, heading)
          const path = join(outDir, `local-${target}-${name}-${mode}.png`)
          await shot.screenshot({ path })
          wrote(path)
        }
      }
      await context.close()
    }
  } finally {
    await sample.close()
  }
}
async function secondYearShots() {
  const weapp = weappScreens(join(SAMPLE_DIR, 'weapp'))
  const context = await browser.newContext(VIEWPORT)
  const page = await context.newPage()
  for (const [name, link, heading] of SECOND_YEAR_SHOTS) {
    const { route, query } = parseLink(link)
    const { html } = await weapp.screen(route, query, { largeText: false, script: 'simplified' })
    await page.setContent(html)
    await page.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
    if (heading) await scrollToHeading(page, heading)
    const path = join(outDir, `weapp-second-year-${name}.png`)
    await page.screenshot({ path })
    wrote(path)
  }
  await context.close()
}
/** 「发到群里」: the message the H5 build copies, shown as a chat shows it (one bubble, its line breaks). */
const GROUP_MESSAGE_SHOTS = [
  ['home', '/pages/report/index'],
  ['section', '/pages/section/index?id=livelihood'],
  ['benefit', '/pages/benefit/index?id=dibao'],
]

async function groupMessageShots() {
  const context = await browser.newContext({ ...VIEWPORT, permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  for (const [name, hash] of GROUP_MESSAGE_SHOTS) {
    await page.goto(`${server.url}#${hash}`)
    await page.getByRole('button', { name: '发到群里' }).click()
    await page.getByText('群消息已复制').waitFor()
    const message = await page.evaluate(() => navigator.clipboard.readText())
    const chat = await context.newPage()
    await chat.setContent(
      '<meta name="viewport" content="width=device-width,initial-scale=1"><body style="margin:0;background:#ededed;font:17px/1.5 \'Noto Sans CJK SC\',sans-serif"><main style="display:block;padding:16px"><div style="background:#95ec69;border-radius:6px;padding:10px 12px;white-space:pre-wrap;word-break:break-all;margin-left:40px"></div></main></body>',
    )
    await chat.evaluate((text) => (document.querySelector('div').textContent = text), message)
    const path = join(outDir, `group-message-${name}.png`)
    await chat.locator('main').screenshot({ path })
    wrote(path)
    await chat.close()
  }
  await context.close()
}

/** The 惠民政策 tab with the keyboard up (the browser's viewport shrunk to 360×430) and on its side (740×360). */
async function keyboardShots() {
  for (const [mode, largeText] of Object.entries(MODES)) {
    const context = await browser.newContext(VIEWPORT)
    const stored = JSON.stringify({ data: JSON.stringify({ v: 1, largeText, script: 'simplified' }) })
    await context.addInitScript((value) => localStorage.setItem('huaqiao.settings', value), stored)
    const page = await context.newPage()
    await page.goto(`${server.url}#/pages/benefits/index`)
    const box = page.locator('input').first()
    await box.click()
    await box.fill('老人')
    const shotAt = async (viewport, name) => {
      await page.setViewportSize(viewport)
      await page.waitForTimeout(400)
      const path = join(outDir, `h5-${name}-benefits-${mode}.png`)
      await page.screenshot({ path })
      wrote(path)
    }
    await shotAt({ width: 360, height: 430 }, 'keyboard')
    await box.blur()
    await box.fill('')
    await shotAt({ width: 740, height: 360 }, 'landscape')
    await context.close()
  }
}

const wrote = (path) => console.log(`screenshots: wrote ${path.slice(root.length + 1)}`)
const server = await serveStatic(join(root, 'dist', 'h5'))
const browser = await launchBrowser()
try {
  const weapp = weappScreens()
  for (const [mode, largeText] of Object.entries(MODES)) {
    const context = await browser.newContext(VIEWPORT)
    const stored = JSON.stringify({ data: JSON.stringify({ v: 1, largeText, script: 'simplified' }) })
    await context.addInitScript((value) => localStorage.setItem('huaqiao.settings', value), stored)
    const page = await context.newPage()
    for (const [name, hash] of H5_SHOTS) {
      await page.goto(`${server.url}#${hash}`)
      await page.locator('#app .page-shell').first().waitFor()
      await page.waitForTimeout(500)
      const path = join(outDir, `${name}-${mode}.png`)
      await page.screenshot({ path })
      wrote(path)
    }
    // A page of its own: the H5 page's origin and Content-Security-Policy have nothing to do with WeChat.
    const weappPage = await context.newPage()
    for (const [name, link] of WEAPP_SHOTS) {
      const { route, query } = parseLink(link)
      const { html } = await weapp.screen(route, query, { largeText, script: 'simplified' })
      await weappPage.setContent(html)
      await weappPage.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
      const path = join(outDir, `weapp-${name}-${mode}.png`)
      await weappPage.screenshot({ path })
      wrote(path)
    }
    // 能领多少 as a villager meets it, in 长辈模式: what is known first (issue 36).
    for (const id of largeText ? ANSWER_SHOTS : []) {
      const { html } = await weapp.screen('pages/benefit/index', { id }, { largeText, script: 'simplified' })
      await weappPage.setContent(html)
      await weappPage.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
      await weappPage.evaluate(() => {
        const heading = [...document.querySelectorAll('*')].find((el) => /^(能领到什么|看病能报多少|每年要交多少)$/.test(el.textContent.trim()))
        window.scrollTo(0, heading ? heading.getBoundingClientRect().top + window.scrollY - 8 : 0)
      })
      const path = join(outDir, `weapp-answer-${id}-large.png`)
      await weappPage.screenshot({ path })
      wrote(path)
    }
    // 单页模式 has none of the app's storage: the saved 长辈模式 does not reach it (WeChat's font setting does).
    for (const [name, link] of largeText ? [] : TIMELINE_SHOTS) {
      const { route, query } = parseLink(link)
      const { html } = await weapp.screen(route, query, { largeText, script: 'simplified', scene: 1154 })
      await weappPage.setContent(html)
      await weappPage.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
      for (const [end, scroll] of [
        ['top', 0],
        ['end', 1e6],
      ]) {
        await weappPage.evaluate((y) => window.scrollTo(0, y), scroll)
        const path = join(outDir, `weapp-timeline-${name}-${end}.png`)
        await weappPage.screenshot({ path })
        wrote(path)
      }
    }
    await context.close()
  }
  await localShots()
  await secondYearShots()
  await groupMessageShots()
  await keyboardShots()
  const cards = await shareCardsPage(await browser.newContext({ locale: 'zh-CN' }))
  for (const name of SHARE_SHOTS) {
    for (const shape of ['chat', 'timeline']) {
      const png = await cards.evaluate(([n, s]) => window.shareCards.draw(n, s, 'simplified', true).png, [name, shape])
      const path = join(outDir, `share-${name}-${shape}.png`)
      writeFileSync(path, Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'))
      wrote(path)
    }
  }
} finally {
  await browser.close()
  await server.close()
}
