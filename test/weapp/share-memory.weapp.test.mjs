// Share pictures on a phone with little memory and a slow canvas (stand-in host: each page's canvas
// counts its pixel buffer): one picture's pixels at a time, none kept after export, none drawn in
// 单页模式, and the chat share answered within WeChat's 3 s even behind another drawing.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { TIMELINE_SCENE } from '../../scripts/lib/weapp-host.mjs'
import { launched, readData } from '../support/weapp-bundle.mjs'

const report = readData('report.json')
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** A chat card's buffer: 500 × 400 card units at 2×, 4 bytes a pixel. */
const CHAT_PICTURE_BYTES = 1000 * 800 * 4
/** The 朋友圈 picture is drawn 800 ms after the page is ready (hooks/use-share-images.weapp.ts). */
const AFTER_TIMELINE_MS = 1000

describe('share pictures and memory (stand-in host)', () => {
  it('ten pages open, each with its 朋友圈 picture, then a chat share: one picture’s pixels at most, none kept', async () => {
    const host = await launched()
    const pages = []
    // A villager reading each page for a moment: each draws its 朋友圈 picture on its own canvas.
    for (const section of report.sections.slice(0, 10)) {
      pages.push(await host.openPage('pages/section/index', { id: section.id }))
      await sleep(AFTER_TIMELINE_MS)
    }
    const { promise } = pages.at(-1).shareAppMessage()
    const shared = await promise
    assert.match(shared.imageUrl, /^wxfile:\/\/tmp\//)
    assert.ok(host.pictures.length >= 11, `${host.pictures.length} pictures drawn`)
    console.log(`share pictures: peak canvas memory ${host.canvasMemory.peak} B with 10 pages open (${host.pictures.length} pictures drawn)`)
    assert.ok(host.canvasMemory.peak <= CHAT_PICTURE_BYTES, `${host.canvasMemory.peak} B of canvas pixels held at once`)
    assert.equal(host.canvasMemory.now, 0, 'pixels kept after export')
    for (const page of pages) page.close()
  })

  it('in 单页模式 (no sharing there) no canvas is drawn, or even on the page', async () => {
    const host = await launched({ scene: TIMELINE_SCENE })
    const page = await host.openPage('pages/benefit/index', { id: 'dibao' })
    await sleep(AFTER_TIMELINE_MS)
    assert.equal(host.pictures.length, 0)
    assert.equal(host.canvasMemory.peak, 0)
    assert.ok(!page.rendered.includes('share-card-canvas'), 'a share canvas in 单页模式')
    page.close()
  })

  it('a chat share behind a slow drawing still answers within WeChat’s 3 s', async () => {
    const host = await launched({ canvasExportMs: 2000 })
    const page = await host.openPage('pages/benefit/index', { id: 'dibao' })
    await sleep(AFTER_TIMELINE_MS) // the 朋友圈 picture is being drawn, slowly
    const started = Date.now()
    const { promise, ...now } = page.shareAppMessage()
    const shared = await promise
    const took = Date.now() - started
    console.log(`share pictures: a chat share behind a 2 s drawing answered in ${took} ms`)
    assert.ok(took < 3000, `${took} ms`)
    assert.equal(shared.title, now.title)
    assert.equal(shared.path, now.path)
    page.close()
  })
})
