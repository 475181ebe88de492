/**
 * Draws a share card's picture in WeChat and returns a local temp file for the share's imageUrl
 * (used by the WeChat build only: hooks/use-share-images.weapp.ts).
 *
 * Route: the page's own `<canvas type="2d">` (ShareCanvas, kept off screen) and
 * wx.canvasToTempFilePath({ canvas }). WeChat documents that call for type="2d" canvas nodes on iOS
 * and Android alike; it does not take an offscreen canvas (「暂不支持离屏 canvas」, and it fails on
 * iOS), and OffscreenCanvas documents no toDataURL, so the offscreen route would rest on an
 * undocumented method plus files we would have to manage in USER_DATA_PATH.
 */
import Taro from '@tarojs/taro'
import type { ShareCard } from '../domain/share/card'
import { CARD_SIZES, drawShareCard, type CardContext, type CardShape } from '../domain/share/card-layout'

/** The id of the page's canvas for a shape (components/share-canvas: one per shape, boxed to its picture). */
export const shareCanvasId = (shape: CardShape) => `share-card-canvas-${shape}`
/**
 * Card units to pixels. The picture is exported at exactly this size (destWidth × destHeight): chat
 * 1000 × 800 (5:4), 朋友圈 800 × 800 (1:1), sharp on any phone. Left to the device it would be the
 * canvas times the screen's pixel ratio (a 3× phone: 3000 × 2400), which WeChat warns can crash Android.
 */
const SCALE = 2
/** WeChat waits 3 s for a share's promise; give up a little before, and share plainly. */
const GIVE_UP_MS = 2500

interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): CardContext & { scale(x: number, y: number): void }
}

function shareCanvas(shape: CardShape): Promise<CanvasNode> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${shareCanvasId(shape)}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: CanvasNode }[] | null) => {
        const node = res?.[0]?.node
        if (node) resolve(node)
        else reject(new Error('this page has no share canvas'))
      })
  })
}

async function draw(card: ShareCard, shape: CardShape): Promise<string> {
  const canvas = await shareCanvas(shape)
  const { width, height } = CARD_SIZES[shape]
  canvas.width = width * SCALE // resizing also clears the canvas and resets its transform
  canvas.height = height * SCALE
  try {
    const ctx = canvas.getContext('2d')
    ctx.scale(SCALE, SCALE)
    drawShareCard(ctx, card, shape)
    const size = { x: 0, y: 0, width: canvas.width, height: canvas.height, destWidth: canvas.width, destHeight: canvas.height }
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png', ...size } as Taro.canvasToTempFilePath.Option)
    return tempFilePath
  } finally {
    // The picture is a file now: give its pixels back (3.2 MB for a chat card) rather than keep them
    // for as long as the page is open.
    canvas.width = 0
    canvas.height = 0
  }
}

const timeout = () => new Promise<null>((resolve) => setTimeout(() => resolve(null), GIVE_UP_MS))

/** One picture at a time, so the phone never holds two drawn buffers at once. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * The picture's file path, or null if anything failed or took too long. Never rejects or throws.
 * The time allowed runs from the call (the share), not from when earlier drawings end.
 */
export function drawShareImage(card: ShareCard, shape: CardShape): Promise<string | null> {
  const drawing = queue.then(() => draw(card, shape)).catch(() => null)
  queue = drawing
  return Promise.race([drawing, timeout()])
}
