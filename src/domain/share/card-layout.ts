/**
 * Lays out and paints a share card's picture on any standard 2D canvas (WeChat's `<canvas type="2d">`,
 * a browser's): pure, so Chromium draws exactly what the phone draws. Sizes are in card units; the
 * caller scales the context for a sharp image. Long text wraps and ends in 「…」, never clipped.
 */
import { formatFigure } from '../report/report'
import { SHARE_CARD_BRAND, type ShareCard } from './card'
import { lastOf } from '../lists'

export type CardShape = 'chat' | 'timeline'

/** 5:4 for a chat card (onShareAppMessage), 1:1 for the 朋友圈 (onShareTimeline). */
export const CARD_SIZES: Record<CardShape, { width: number; height: number }> = {
  chat: { width: 500, height: 400 },
  timeline: { width: 400, height: 400 },
}

/** The app's colour tokens (src/styles/_tokens.scss) the picture uses; a test keeps them equal. */
export const CARD_COLORS = {
  '--color-surface': '#ffffff',
  '--color-text': '#1f2328',
  '--color-primary': '#1d4e89',
  '--color-primary-contrast': '#ffffff',
  '--color-accent': '#a3301c',
} as const

export const CARD_FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'

/** Type sizes per shape: read at chat-thumbnail scale (about 0.4), the title is still about 15 px. */
const TYPE: Record<CardShape, { pad: number; band: number; title: number; figure: number; label: number; line: number; brand: number }> = {
  chat: { pad: 32, band: 68, title: 38, figure: 88, label: 30, line: 32, brand: 28 },
  timeline: { pad: 28, band: 64, title: 34, figure: 80, label: 28, line: 30, brand: 26 },
}
const TOP_STRIP = 10
const SMALLEST_FIGURE = 44

export interface TextOp {
  kind: 'text'
  text: string
  /** Left edge and top edge (textBaseline 'top'). */
  x: number
  y: number
  size: number
  bold: boolean
  color: string
  /** The colour behind it, for the contrast check. */
  on: string
  /** Measured width. */
  width: number
}
export interface RectOp {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  color: string
}
export type CardOp = TextOp | RectOp

/** Width of `text` in `font`, as the canvas measures it. */
export type Measure = (text: string, font: string) => number

export const cardFont = (size: number, bold: boolean) => `${bold ? 'bold ' : ''}${size}px ${CARD_FONT_FAMILY}`

/**
 * Pieces that do not split across lines: a short bracketed aside 「（12月4日）」, a run of digits and
 * Latin letters, or one character.
 */
const PIECES = /（[^（）]{1,10}）|[0-9A-Za-z.%]+|[\s\S]/gu
/** Characters that may not begin a line, and those that may not end one (Chinese line-breaking rules). */
const NO_LINE_START = /^[，。、；：！？）」』”’》】〕］｝%…·]/
const NO_LINE_END = /[（「『“‘《【〔［｛]$/

/** A line may break between the pieces `before` and `next`: neither leaves punctuation on the wrong side of the break. */
const breakAllowed = (before: string, next: string) => !NO_LINE_END.test(before) && !NO_LINE_START.test(next)

/**
 * Greedy wrap to at most `maxLines` lines, every line within `maxWidth`; text that does not fit ends
 * with 「…」. A piece too wide for a line of its own breaks between characters. Where a line would
 * start with closing punctuation or end with an opening bracket, it breaks earlier, carrying the
 * pieces after the last allowed break to the next line.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, font: string, measure: Measure): string[] {
  if (maxLines < 1) return []
  const lines: string[] = []
  let current: string[] = []
  const width = (pieces: string[]) => measure(pieces.join(''), font)
  for (const run of text.match(PIECES) ?? []) {
    for (const piece of measure(run, font) > maxWidth ? Array.from(run) : [run]) {
      if (current.length === 0 || width([...current, piece]) <= maxWidth) {
        current.push(piece)
        continue
      }
      if (/^\s+$/.test(piece)) {
        // A space where the line breaks is dropped.
        lines.push(current.join(''))
        current = []
        continue
      }
      // The latest break that keeps punctuation on its side and leaves the next line within the width.
      let at = current.length
      while (at > 0 && !breakAllowed(current[at - 1], current[at] ?? piece)) at -= 1
      // No such break (at 0), or the carried pieces too wide: break where the line is full.
      if (width([...current.slice(at), piece]) > maxWidth) at = current.length
      lines.push(current.slice(0, at).join(''))
      current = [...current.slice(at), piece]
    }
  }
  if (current.length) lines.push(current.join(''))
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1], maxWidth, font, measure)
  return kept
}

/** `line` cut so that it and 「…」 fit in `maxWidth`, never leaving an opening bracket before 「…」. */
function ellipsize(line: string, maxWidth: number, font: string, measure: Measure): string {
  const chars = Array.from(line)
  while (chars.length > 0 && (measure(`${chars.join('')}…`, font) > maxWidth || NO_LINE_END.test(lastOf(chars)!))) chars.pop()
  return `${chars.join('')}…`
}

/** Every rectangle and line of text of a card, top to bottom. */
export function layoutShareCard(card: ShareCard, shape: CardShape, measure: Measure): CardOp[] {
  const { width, height } = CARD_SIZES[shape]
  const type = TYPE[shape]
  const surface = CARD_COLORS['--color-surface']
  const inner = width - 2 * type.pad
  const bodyBottom = height - type.band - type.pad / 2
  const ops: CardOp[] = [
    { kind: 'rect', x: 0, y: 0, width, height, color: surface },
    { kind: 'rect', x: 0, y: 0, width, height: TOP_STRIP, color: CARD_COLORS['--color-primary'] },
  ]
  let y = TOP_STRIP + type.pad * 0.75

  const text = (value: string, size: number, bold: boolean, color: string, lineHeight: number, maxLines: number) => {
    const font = cardFont(size, bold)
    const fits = Math.min(maxLines, Math.floor((bodyBottom - y) / (size * lineHeight)))
    for (const line of wrapText(value, inner, fits, font, measure)) {
      ops.push({ kind: 'text', text: line, x: type.pad, y, size, bold, color, on: surface, width: measure(line, font) })
      y += size * lineHeight
    }
  }

  text(card.title, type.title, true, CARD_COLORS['--color-primary'], 1.3, 2)
  y += type.pad / 2
  if (card.figure) {
    const shown = formatFigure(card.figure)
    const natural = measure(shown, cardFont(type.figure, true))
    const size = Math.max(SMALLEST_FIGURE, Math.min(type.figure, Math.floor((type.figure * inner) / natural)))
    text(shown, size, true, CARD_COLORS['--color-accent'], 1.15, 1)
    text(card.figure.label, type.label, false, CARD_COLORS['--color-text'], 1.35, 2)
  } else {
    text(card.line, type.line, false, CARD_COLORS['--color-text'], 1.45, 4)
  }

  const band = CARD_COLORS['--color-primary']
  const brandFont = cardFont(type.brand, true)
  ops.push({ kind: 'rect', x: 0, y: height - type.band, width, height: type.band, color: band })
  ops.push({
    kind: 'text',
    text: SHARE_CARD_BRAND,
    x: type.pad,
    y: height - type.band + (type.band - type.brand) / 2,
    size: type.brand,
    bold: true,
    color: CARD_COLORS['--color-primary-contrast'],
    on: band,
    width: measure(SHARE_CARD_BRAND, brandFont),
  })
  return ops
}

/** The part of CanvasRenderingContext2D a card needs (WeChat's 2D context has the same). */
export interface CardContext {
  fillStyle: unknown
  font: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
}

/** A Measure that asks the context itself. */
export function measureWith(ctx: CardContext): Measure {
  return (text, font) => {
    ctx.font = font
    return ctx.measureText(text).width
  }
}

/** Lays out the card with the context's own measurements and paints it; returns what was painted. */
export function drawShareCard(ctx: CardContext, card: ShareCard, shape: CardShape): CardOp[] {
  const ops = layoutShareCard(card, shape, measureWith(ctx))
  ctx.textBaseline = 'top'
  for (const op of ops) {
    ctx.fillStyle = op.color
    if (op.kind === 'rect') ctx.fillRect(op.x, op.y, op.width, op.height)
    else {
      ctx.font = cardFont(op.size, op.bold)
      ctx.fillText(op.text, op.x, op.y)
    }
  }
  return ops
}
