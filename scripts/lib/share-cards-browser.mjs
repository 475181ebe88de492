// The app's own share-card code (src/shares.ts and src/domain/share/card-layout.ts), bundled for a
// browser page, so Chromium draws every card exactly as WeChat's 2D canvas does on the phone.
// Used by the share-card browser test and `npm run screenshots`.
import { join } from 'node:path'
import { build } from 'esbuild'

const root = join(import.meta.dirname, '..', '..')

const ENTRY = `
import { shares } from './src/shares'
import { findBenefit } from './src/domain/benefits/details'
import { report } from './src/domain/report/report'
import { BENEFIT_IDS } from './src/domain/benefits/types'
import { convertCard } from './src/domain/share/card'
import { CARD_SIZES, drawShareCard } from './src/domain/share/card-layout'
import { makeConverter } from './src/domain/reader/script'

const SCALE = 2
const toTraditional = makeConverter()

/** Every page with a card of its own: [name, card]. */
export const pages = [
  ['report', shares.report().card],
  ['corrections', shares.corrections().card],
  ...report.sections.map((s) => ['section-' + s.id, shares.section(s).card]),
  ...BENEFIT_IDS.map((id) => ['benefit-' + id, shares.benefit(findBenefit(id)).card]),
]

/** Draws one card on a fresh canvas at twice its size; returns what was painted (and the PNG if asked). */
export function draw(name, shape, script, withPng = false) {
  const found = pages.find(([n]) => n === name)
  if (!found) throw new Error('no share card for ' + name)
  const card = script === 'traditional' ? convertCard(found[1], toTraditional) : found[1]
  const { width, height } = CARD_SIZES[shape]
  const canvas = document.createElement('canvas')
  canvas.width = width * SCALE
  canvas.height = height * SCALE
  const ctx = canvas.getContext('2d')
  ctx.scale(SCALE, SCALE)
  const ops = drawShareCard(ctx, card, shape)
  return { card, width, height, ops, edgeInk: inkAtRightEdge(ctx, width, height), png: withPng ? canvas.toDataURL('image/png') : null }
}

/** Pixels that are not the white background in the card's right 12 units, between the top strip and
 * the brand band: text that ran past its margin would show up there. */
function inkAtRightEdge(ctx, width, height) {
  const x = (width - 12) * SCALE
  const { data } = ctx.getImageData(x, 12 * SCALE, width * SCALE - x, (height - 12 - 70) * SCALE)
  let ink = 0
  for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink++
  return ink
}
`

/** The bundle as one script that defines `window.shareCards`. */
export async function shareCardsScript() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'share-cards-entry.ts' },
    bundle: true,
    format: 'iife',
    globalName: 'shareCards',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  })
  return result.outputFiles[0].text
}

/** Opens a blank page in `context` with the share-card code loaded and the CJK fonts ready. */
export async function shareCardsPage(context) {
  const page = await context.newPage()
  await page.setContent('<!doctype html><html lang="zh-CN"><body style="margin:0"><p style="font-family:sans-serif">花桥镇</p></body></html>')
  await page.addScriptTag({ content: await shareCardsScript() })
  await page.evaluate(() => document.fonts.ready)
  return page
}
