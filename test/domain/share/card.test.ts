import { readFileSync } from 'node:fs'
import { BENEFIT_IDS } from '../../../src/domain/benefits/types'
import { findBenefit } from '../../../src/domain/benefits/details'
import { report } from '../../../src/domain/report/report'
import { chatShare, timelineShare } from '../../../src/domain/share/share'
import { convertCard, shareCard, type ShareCard } from '../../../src/domain/share/card'
import {
  CARD_COLORS,
  CARD_SIZES,
  cardFont,
  drawShareCard,
  layoutShareCard,
  wrapText,
  type CardContext,
  type CardShape,
  type Measure,
  type TextOp,
} from '../../../src/domain/share/card-layout'
import { makeConverter } from '../../../src/domain/reader/script'
import reportText from '../../../src/data/report-text.json'
import { shares } from '../../../src/shares'
import { withQuotes } from '../../../src/domain/report/section-figures'

/** A stand-in for canvas measureText: a CJK character is one em wide, a digit or Latin letter 0.55 em. */
const fontSize = (font: string) => Number(/(\d+)px/.exec(font)?.[1])
const measure: Measure = (text, font) => Array.from(text).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1) * fontSize(font), 0)

const texts = (card: ShareCard, shape: CardShape) => layoutShareCard(card, shape, measure).filter((op): op is TextOp => op.kind === 'text')
const sectionText = (id: string) => (reportText as Record<string, { text: string }[]>)[id].map((p) => p.text).join('')

/** A card with a headline figure, as a section's (the layout examples below). */
const FIGURE_CARD = shareCard('最低生活保障', '按时发放低保', [{ value: '947', unit: '人', label: '发放低保' }])

/** Every card a villager can forward, by page. */
const everyCard: [string, ShareCard][] = [
  ['report', shares.report().card],
  ['corrections', shares.corrections().card],
  ['benefits', shares.benefits().card],
  ['finder', shares.finder().card],
  ['search', shares.search('低保').card],
  ...report.sections.map((s): [string, ShareCard] => [`section ${s.id}`, shares.section(s).card]),
  ...BENEFIT_IDS.map((id): [string, ShareCard] => [`benefit ${id}`, shares.benefit(findBenefit(id)).card]),
]

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('what each share card says', () => {
  it('has a card for the home, 校勘说明, all 12 sections and all 23 benefits', () => {
    expect(everyCard).toHaveLength(5 + 12 + 23)
    expect(shares.report().card.title).toBe('花桥镇2024年工作总结和2025年工作计划')
    expect(shares.corrections().card.title).toBe('校勘说明')
  })

  it.each(report.sections.map((s) => [s.id, s] as const))('section %s shows its first key figure, or its summary', (_id, section) => {
    const card = shares.section(section).card
    expect(card.title).toBe(section.title)
    expect(card.line).toBe(section.summary)
    const first = withQuotes(section).figures[0]
    if (!first) return expect(card.figure).toBeNull()
    expect(card.figure).toEqual({ value: first.value, unit: first.unit, label: first.label })
    // The figure is the report's: its quote is in the section's text and holds the value.
    expect(sectionText(section.id)).toContain(first.quote)
    expect(first.quote).toContain(first.value)
  })

  it.each(BENEFIT_IDS.map((id) => [id]))('benefit %s says what it is and who gets it (its summary), not a count', (id) => {
    const benefit = findBenefit(id)!
    expect(shares.benefit(benefit).card).toEqual({ title: benefit.name, figure: null, line: benefit.summary })
  })

  it('gives the examples a villager would see: 516万元 · 发放耕地地力保护补贴 on the chapter, 低保 in words', () => {
    expect(shares.section(report.sections.find((s) => s.id === 'economy')!).card.figure).toEqual({ value: '516', unit: '万元', label: '发放耕地地力保护补贴' })
    expect(shares.benefit(findBenefit('dibao')).card.line).toBe('家里人均收入低于当地低保标准、财产也符合规定的，可以申请每月领低保金。')
  })

  it('missing pages share the list they belong to, with its card', () => {
    expect(shares.section(null).card).toEqual(shares.report().card)
    expect(shares.benefit(null).card).toEqual(shares.benefits().card)
  })

  it('in the 繁體 edition converts every word but keeps the number', () => {
    const toTraditional = makeConverter()
    const card = convertCard(FIGURE_CARD, toTraditional)
    expect(card.title).toBe('最低生活保障')
    expect(convertCard(shares.benefit(findBenefit('medical-insurance')).card, toTraditional).title).toBe('城鄉居民基本醫療保險')
    expect(card.figure).toEqual({ value: '947', unit: '人', label: '發放低保' })
    expect(card.line).toBe('按時發放低保')
    expect(convertCard(shares.benefit(findBenefit('dibao')).card, toTraditional).line).toBe(toTraditional(findBenefit('dibao')!.summary))
    const noFigure = convertCard(shareCard('困难群众', '没有劳动能力'), toTraditional)
    expect(noFigure).toEqual({ title: '困難群眾', figure: null, line: '沒有勞動能力' })
  })
})

describe('how a card is laid out', () => {
  const shapes: CardShape[] = ['chat', 'timeline']

  it('draws 5:4 chat and 1:1 timeline pictures', () => {
    expect(CARD_SIZES.chat.width / CARD_SIZES.chat.height).toBe(5 / 4)
    expect(CARD_SIZES.timeline.width).toBe(CARD_SIZES.timeline.height)
  })

  it.each(shapes.flatMap((shape) => everyCard.map(([page, card]) => [page, shape, card] as const)))(
    '%s (%s): all text inside the picture, in order, nothing overlapping',
    (_page, shape, card) => {
      const { width, height } = CARD_SIZES[shape]
      const lines = texts(card, shape)
      let bottom = 0
      for (const op of lines) {
        expect(op.x).toBeGreaterThanOrEqual(0)
        expect(op.x + op.width).toBeLessThanOrEqual(width)
        expect(op.y).toBeGreaterThanOrEqual(bottom)
        bottom = op.y + op.size
        expect(bottom).toBeLessThanOrEqual(height)
      }
      // Title first, brand last, and the figure exactly as the report has it (never cut short).
      expect(lines[0].text).toBe(Array.from(card.title).slice(0, Array.from(lines[0].text).length).join(''))
      expect(lines[lines.length - 1].text).toBe('花桥镇 · 政务公开')
      if (card.figure) expect(lines.map((l) => l.text)).toContain(`${card.figure.value}${card.figure.unit}`)
      else expect(lines.map((l) => l.text).join('')).toContain(Array.from(card.line).slice(0, 8).join(''))
    },
  )

  it.each(shapes)('%s: every text has contrast of at least 4.5:1 against what is behind it', (shape) => {
    for (const [, card] of everyCard) for (const op of texts(card, shape)) expect(contrast(op.color, op.on)).toBeGreaterThanOrEqual(4.5)
  })

  it('draws the title large and the figure larger, for a chat thumbnail', () => {
    const lines = texts(FIGURE_CARD, 'chat')
    const [title, figure, label] = lines
    expect(title).toMatchObject({ text: '最低生活保障', bold: true, color: CARD_COLORS['--color-primary'], size: 38 })
    expect(figure).toMatchObject({ text: '947人', bold: true, color: CARD_COLORS['--color-accent'], size: 88 })
    expect(label).toMatchObject({ text: '发放低保', bold: false, color: CARD_COLORS['--color-text'], size: 30 })
    expect(figure.y).toBeGreaterThan(title.y + title.size)
  })

  it('wraps a long title to two lines and ends it with 「…」', () => {
    const long = shareCard('很长的标题'.repeat(10), '一句话')
    const titleLines = texts(long, 'chat').filter((op) => op.size === 38)
    expect(titleLines).toHaveLength(2)
    expect(titleLines[1].text.endsWith('…')).toBe(true)
    expect(titleLines[1].width).toBeLessThanOrEqual(500 - 64)
  })

  it('gives a label only the lines left above the brand band', () => {
    const crowded = shareCard('很长的标题'.repeat(10), '', [{ value: '947', unit: '人', label: '一二三四五六七八九十'.repeat(3) }])
    const labels = texts(crowded, 'chat').filter((op) => op.size === 30)
    expect(labels).toHaveLength(1)
    expect(labels[0].text.endsWith('…')).toBe(true)
    expect(labels[0].y + 30 * 1.35).toBeLessThanOrEqual(400 - 68 - 16)
  })

  it('measures bold text as bold: the figure and the brand', () => {
    const boldWider: Measure = (text, f) => measure(text, f) * (f.startsWith('bold ') ? 1.1 : 1)
    const wide = shareCard('标题', '', [{ value: '123456789', unit: '万元', label: '说明' }])
    const ops = layoutShareCard(wide, 'timeline', boldWider).filter((op): op is TextOp => op.kind === 'text')
    const figure = ops.find((op) => op.text.startsWith('1234'))!
    expect(figure.text).toBe('123456789万元')
    expect(figure.size).toBe(44)
    expect(figure.width).toBeLessThanOrEqual(400 - 2 * 28)
    expect(ops[ops.length - 1].width).toBeCloseTo(boldWider('花桥镇 · 政务公开', cardFont(26, true)))
  })

  it('shrinks a wide figure to fit rather than cutting it', () => {
    const wide = shareCard('标题', '', [{ value: '1234567890', unit: '万元', label: '说明' }])
    const figure = texts(wide, 'timeline').find((op) => op.text.startsWith('1234'))!
    expect(figure.text).toBe('1234567890万元')
    expect(figure.size).toBeLessThan(80)
    expect(figure.x + figure.width).toBeLessThanOrEqual(400 - 28)
  })

  it('uses the colours of the app tokens', () => {
    const tokens = readFileSync('src/styles/_tokens.scss', 'utf8')
    for (const [name, value] of Object.entries(CARD_COLORS)) expect(tokens).toContain(`${name}: ${value};`)
  })
})

describe('where everything goes', () => {
  const rounded = (card: ShareCard, shape: CardShape) =>
    layoutShareCard(card, shape, measure).map((op) =>
      op.kind === 'rect'
        ? [op.x, op.y, op.width, op.height, op.color]
        : [op.text, op.x, Math.round(op.y * 10) / 10, op.size, op.bold, op.color, op.on, Math.round(op.width * 10) / 10],
    )
  const [white, ink, blue, red] = ['#ffffff', '#1f2328', '#1d4e89', '#a3301c']

  it('lays out a chat card with a figure: strip, title, figure, label, brand band', () => {
    expect(rounded(FIGURE_CARD, 'chat')).toEqual([
      [0, 0, 500, 400, white],
      [0, 0, 500, 10, blue],
      ['最低生活保障', 32, 34, 38, true, blue, white, 228],
      ['947人', 32, 99.4, 88, true, red, white, 233.2],
      ['发放低保', 32, 200.6, 30, false, ink, white, 120],
      [0, 332, 500, 68, blue],
      ['花桥镇 · 政务公开', 32, 352, 28, true, white, blue, 254.8],
    ])
  })

  it('lays out a 朋友圈 card without a figure: the summary in up to four lines', () => {
    const card = shareCard('守底线，保安全', '管好社会治安，化解矛盾纠纷，抓好安全生产、食品药品安全和防溺水。'.repeat(2))
    const ops = rounded(card, 'timeline')
    expect(ops[2]).toEqual(['守底线，保安全', 28, 31, 34, true, blue, white, 238])
    const summary = ops.slice(3, -2)
    expect(summary).toHaveLength(4)
    expect(summary.map((op) => op[2])).toEqual([89.2, 132.7, 176.2, 219.7])
    for (const op of summary) expect(op.slice(3, 7)).toEqual([30, false, ink, white])
    expect(String(summary[3][0]).endsWith('…')).toBe(true)
    expect(ops.slice(-2)).toEqual([
      [0, 336, 400, 64, blue],
      ['花桥镇 · 政务公开', 28, 355, 26, true, white, blue, 236.6],
    ])
  })

  it('uses the card font: bold or regular, in pixels, with Chinese fonts first', () => {
    expect(cardFont(38, true)).toBe('bold 38px "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif')
    expect(cardFont(30, false)).toBe('30px "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif')
  })

  it('paints exactly what it laid out, text from its top edge, each in its own font and colour', () => {
    const calls: string[] = []
    const ctx: CardContext = {
      fillStyle: '',
      font: '',
      textBaseline: 'alphabetic',
      fillRect: (x, y, w, h) => void calls.push(`rect ${x} ${y} ${w} ${h} ${String(ctx.fillStyle)}`),
      fillText: (text, x, y) => void calls.push(`text ${text} ${x} ${Math.round(y)} ${ctx.font.split(' "')[0]} ${String(ctx.fillStyle)} ${ctx.textBaseline}`),
      measureText: (text) => ({ width: measure(text, ctx.font) }),
    }
    const ops = drawShareCard(ctx, FIGURE_CARD, 'chat')
    expect(ops).toEqual(layoutShareCard(FIGURE_CARD, 'chat', measure))
    expect(calls).toEqual([
      `rect 0 0 500 400 ${white}`,
      `rect 0 0 500 10 ${blue}`,
      `text 最低生活保障 32 34 bold 38px ${blue} top`,
      `text 947人 32 99 bold 88px ${red} top`,
      `text 发放低保 32 201 30px ${ink} top`,
      `rect 0 332 500 68 ${blue}`,
      `text 花桥镇 · 政务公开 32 352 bold 28px ${white} top`,
    ])
  })
})

describe('wrapping text', () => {
  const font = '20px sans-serif'

  it('fills a line to exactly its width, and no further', () => {
    expect(wrapText('一二三四五', 100, 1, font, measure)).toEqual(['一二三四五'])
    expect(wrapText('一二三四五六', 100, 2, font, measure)).toEqual(['一二三四五', '六'])
  })

  it('drops the space where a line breaks', () => {
    expect(wrapText('一二三四五 六七', 100, 2, font, measure)).toEqual(['一二三四五', '六七'])
  })

  it('moves the character before 「，」 to the next line rather than start a line with it', () => {
    expect(wrapText('一二三四五，六', 100, 2, font, measure)).toEqual(['一二三四', '五，六'])
  })

  it('moves a number that does not fit to the next line whole', () => {
    expect(wrapText('一二三四1234', 100, 2, font, measure)).toEqual(['一二三四', '1234'])
    expect(wrapText('12一二三四五', 100, 2, font, measure)).toEqual(['12一二三', '四五'])
    expect(wrapText('一1234567890', 110, 2, font, measure)).toEqual(['一', '1234567890'])
  })

  it('keeps spaces inside a line, and 「%」 after its number', () => {
    expect(wrapText('一 二', 100, 1, font, measure)).toEqual(['一 二'])
    expect(wrapText('一二三四五65.06%', 100, 2, font, measure)).toEqual(['一二三四五', '65.06%'])
  })

  it('a line of one character keeps it when punctuation follows, and nothing gives no lines', () => {
    expect(wrapText('一，', 20, 2, font, measure)).toEqual(['一', '，'])
    expect(wrapText('', 100, 2, font, measure)).toEqual([])
    expect(wrapText('一二三', 5, 1, font, measure)).toEqual(['…'])
  })

  it('carries as much as fits the next line to keep punctuation off its start, and no more', () => {
    // Two 「，」 after 二: 二 goes along, and the three pieces carried exactly fill the next line.
    expect(wrapText('一二，，', 60, 3, font, measure)).toEqual(['一', '二，，'])
    // Nowhere to break by the rules, or too much to carry: the line breaks where it is full.
    expect(wrapText('一，，，，', 60, 3, font, measure)).toEqual(['一，，', '，，'])
    expect(wrapText('（（（（', 60, 3, font, measure)).toEqual(['（（（', '（'])
  })

  it('a line narrower than one character still shows each character, one per line', () => {
    expect(wrapText('一二', 10, 5, font, measure)).toEqual(['一', '二'])
  })

  it('breaks a run of digits too long for one line between characters', () => {
    expect(wrapText('12345678901234567890', 100, 3, font, measure)).toEqual(['123456789', '012345678', '90'])
    expect(wrapText('12345678901234567890', 100, 1, font, measure)).toEqual(['1234567…'])
  })

  it('keeps a number whole and never starts a line with punctuation', () => {
    const lines = wrapText('共发放2100余名党员，参加学习。', 140, 5, font, measure)
    expect(lines.join('')).toBe('共发放2100余名党员，参加学习。')
    expect(lines.some((l) => l.includes('2100'))).toBe(true)
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/)
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(140)
  })

  it('keeps a short bracketed aside whole: 「医保费用征缴率（12月4日）」 never leaves 「日）」 alone', () => {
    expect(wrapText('医保费用征缴率（12月4日）', 240, 2, font, measure)).toEqual(['医保费用征缴率', '（12月4日）'])
  })

  it('never ends a line with an opening bracket or quote: it goes to the next line with what it opens', () => {
    expect(wrapText('一二三四“五六”', 100, 2, font, measure)).toEqual(['一二三四', '“五六”'])
    expect(wrapText('一二三四《五六》', 100, 2, font, measure)).toEqual(['一二三四', '《五六》'])
    expect(wrapText('一二三四五六七八九“十”', 100, 1, font, measure)).toEqual(['一二三四…'])
  })

  it('carries a character back when closing marks follow one another at the break', () => {
    expect(wrapText('一二三四五”。', 100, 2, font, measure)).toEqual(['一二三四', '五”。'])
    expect(wrapText('一二三四“五”。', 100, 2, font, measure)).toEqual(['一二三四', '“五”。'])
  })

  it.each(['chat', 'timeline'] as CardShape[])('%s: on every card no line starts with closing punctuation or ends with an opening bracket', (shape) => {
    const toTraditional = makeConverter()
    for (const [name, card] of everyCard)
      for (const shown of [card, convertCard(card, toTraditional)])
        for (const op of texts(shown, shape)) {
          expect(op.text, name).not.toMatch(/^[，。、；：！？）」』”’》】%]/)
          expect(op.text, name).not.toMatch(/[（「『“‘《【]$/)
        }
  })

  it('ends the last line with 「…」 when the text does not fit, and leaves short text alone', () => {
    expect(wrapText('一二三四五六七八九十', 100, 1, font, measure)).toEqual(['一二三四…'])
    expect(wrapText('一二三', 100, 1, font, measure)).toEqual(['一二三'])
    expect(wrapText('一二三四五六七八九十', 100, 2, font, measure)).toEqual(['一二三四五', '六七八九十'])
    expect(wrapText('一二三', 100, 0, font, measure)).toEqual([])
  })
})

describe('what a share returns to WeChat', () => {
  const plain = { title: '最低生活保障：谁能申请、怎么办｜花桥镇惠民政策', path: '/pages/benefit/index?id=dibao' }

  it('gives the plain share at once and the picture through its promise', async () => {
    const share = chatShare(plain, Promise.resolve('wxfile://tmp/card.png'))
    expect(share).toMatchObject(plain)
    expect(share.imageUrl).toBeUndefined()
    await expect(share.promise).resolves.toEqual({ ...plain, imageUrl: 'wxfile://tmp/card.png' })
  })

  it('falls back to the plain share when drawing fails, fails loudly or is not possible', async () => {
    await expect(chatShare(plain, Promise.resolve(null)).promise).resolves.toEqual(plain)
    await expect(chatShare(plain, Promise.reject(new Error('canvas'))).promise).resolves.toEqual(plain)
    expect(chatShare(plain, null)).toEqual(plain)
  })

  it('adds a timeline picture only when it is ready', () => {
    const timeline = { title: plain.title, query: 'id=dibao' }
    expect(timelineShare(timeline, null)).toEqual(timeline)
    expect(timelineShare(timeline, 'wxfile://tmp/t.png')).toEqual({ ...timeline, imageUrl: 'wxfile://tmp/t.png' })
  })
})
