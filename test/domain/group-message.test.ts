// 「发到群里」: each page's ready-made message, checked against the page's own data.
import { composeMessage, GROUP_MESSAGE_MAX, type GroupMessage } from '../../src/domain/group-message'
import { formatFigure, overviewFigures, overviewMessage, report } from '../../src/domain/report/report'
import { paragraphsOf, partsAnnouncedBy, sectionPlainText } from '../../src/domain/report/text'
import { messageOrder, sectionMessage, withQuotes } from '../../src/domain/report/section-figures'
import { linkedSection } from '../../src/domain/report/editions'
import { benefitMessage, benefitView, findBenefit } from '../../src/domain/benefits/details'
import { benefitIndex } from '../../src/domain/benefits/benefit-index'
import { planMessage, plans } from '../../src/domain/report/plans'
import { searchMessage, searchSite } from '../../src/domain/search/site-search'
import { blockOfQuote, numberedBlocks } from '../../src/domain/report/blocks'
import { converterFor } from '../../src/domain/reader/script'
import { routes } from '../../src/routes'

const APP = '花桥镇 · 政务公开'
// A long web address, as a town's host might give: the message must still fit.
const LINK = `https://zwgk.example.gov.cn/huaqiao/h5/index.html#${routes.section('safety-governance', 12, 2024)}`
const length = (text: string) => [...text].length
const linesOf = (text: string) => text.split('\n')

describe('composeMessage', () => {
  const message: GroupMessage = { head: ['【标题】'], body: Array.from({ length: 40 }, (_, i) => `第${i + 1}行：${'字'.repeat(20)}`) }

  it('keeps the head, the link and the brand, and leaves out whole body lines from the end to stay within 500 characters', () => {
    const text = composeMessage(message, LINK, APP)
    expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
    const lines = linesOf(text)
    expect(lines[0]).toBe('【标题】')
    expect(lines.at(-2)).toBe(`点开看：${LINK}`)
    expect(lines.at(-1)).toBe(`——${APP}`)
    const body = lines.slice(1, -2)
    expect(body).toEqual(message.body.slice(0, body.length))
    expect(body.length).toBeGreaterThan(10)
    // One more line would not have fitted.
    expect(length([...lines.slice(0, -2), message.body[body.length], ...lines.slice(-2)].join('\n'))).toBeGreaterThan(GROUP_MESSAGE_MAX)
  })

  it('in WeChat (no web address) points to the forwarded card', () => {
    expect(linesOf(composeMessage(message, null, APP)).at(-2)).toBe(`点上面的小程序卡片打开看（在微信里搜「${APP}」小程序也能找到）`)
  })

  it('puts every word in the reader’s script but never the link', () => {
    const link = 'https://example.cn/#/pages/search/index?q=%E5%8C%BB%E4%BF%9D&note=发'
    const text = composeMessage({ head: ['【医保】'], body: ['谁能申请：没有参加职工医保的城乡居民。'] }, link, APP, converterFor('traditional'))
    expect(text).toContain('【醫保】')
    expect(text).toContain('誰能申請')
    expect(text).toContain(`點開看：${link}`)
  })
})

describe('the report home’s message: the one-minute overview', () => {
  it('lists every overview figure with its label, in the order of the tiles, and the link', () => {
    const text = composeMessage(overviewMessage(), LINK, APP)
    expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
    const lines = linesOf(text)
    expect(lines[0]).toBe(`【一分钟看懂】${report.title}`)
    expect(lines.slice(1, -2)).toEqual(overviewFigures().map((f) => `· ${f.label}：${formatFigure(f)}`))
    expect(overviewFigures().length).toBeGreaterThanOrEqual(6)
  })
})

describe('a section’s message: its key figures with their sentences', () => {
  for (const section of report.sections) {
    it(`${section.id}: title, summary, figures quoted from its own text, the link, ≤ 500 characters`, () => {
      const text = composeMessage(sectionMessage(section), LINK, APP)
      expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
      const lines = linesOf(text)
      expect(lines.slice(0, 2)).toEqual([`【${section.title}】${report.title}`, section.summary])
      const figureLines = lines.slice(2, -2)
      const sectionText = paragraphsOf(section)
        .map((p) => p.text)
        .join('')
      const { figures } = withQuotes(section)
      const ordered = messageOrder(figures, section.summary)
      figureLines.forEach((line, i) => {
        const f = ordered[i]
        expect(line).toBe(`· ${f.label}：${formatFigure(f)}。原文：“${f.quote}”`)
        expect(sectionText).toContain(f.quote)
      })
      // A section with figures sends at least its headline figure, each figure once.
      if (figures.length > 0) expect(figureLines.length).toBeGreaterThan(0)
      expect(new Set(figureLines).size).toBe(figureLines.length)
      // The section page's own section (linkedSection, all figures already in) gives the same message.
      expect(sectionMessage(linkedSection(report.year, section.id)!.section)).toEqual(sectionMessage(section))
    })
  }
})

describe('a section’s message covers what its summary names', () => {
  it('民生 (「…修路建广场」): a road and the square are in it, within 500 characters', () => {
    const livelihood = report.sections.find((s) => s.id === 'livelihood')!
    const text = composeMessage(sectionMessage(livelihood), LINK, APP)
    expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
    expect(text).toMatch(/· 龙海村“三路”建设：约1\.8公里|路面黑化工程/)
    expect(text).toContain('· 政府院内文体广场总投资：90万元')
    for (const word of ['低保', '高龄', '孤儿', '残疾人', '医保', '就业', '救灾']) expect(text, word).toContain(word)
  })

  it('puts first, phrase by phrase of the summary, the figures that say what it names; one per topic; the rest after', () => {
    const f = (id: string, label: string) => ({ id, label })
    const figures = [
      f('dibao', '发放低保'),
      f('temporary-relief', '发放临时救助'),
      f('cadres-deployed', '防汛下沉干部'),
      f('road-length', '路面黑化工程总长'),
      f('road-longhai', '龙海村“三路”建设'),
      f('square-investment', '文体广场总投资'),
      f('disaster-fund', '发放救灾资金'),
    ]
    // 「修路建广场」 names two things: the square (广场) and a road (路), one road. 「抗台风救灾」 names
    // the disaster fund, not 临时救助, which shares only 救.
    expect(messageOrder(figures, '抗台风救灾，发放低保，修路建广场。').map((x) => x.id)).toEqual([
      'disaster-fund',
      'dibao',
      'square-investment',
      'road-length',
      'temporary-relief',
      'cadres-deployed',
      'road-longhai',
    ])
    // Nothing named: the report's order.
    expect(messageOrder(figures, '').map((x) => x.id)).toEqual(figures.map((x) => x.id))
  })
})

describe('a benefit’s message: who can apply, what to bring, whom to ask', () => {
  for (const entry of benefitIndex.benefits) {
    it(`${entry.id}: the page’s own words, ≤ 500 characters with a long link`, () => {
      const benefit = findBenefit(entry.id)!
      const view = benefitView(benefit)
      const text = composeMessage(benefitMessage(benefit, null), LINK, APP)
      expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
      const lines = linesOf(text)
      expect(lines[0]).toBe(`【${benefit.name}】${benefit.summary}`)
      const line = (label: string) => lines.find((l) => l.startsWith(label))
      expect(line('谁能申请：')).toContain(view.eligibility[0].text.replace(/[。；]$/, ''))
      expect(line('要带什么：')).toContain(view.documents[0].text.replace(/[。；]$/, ''))
      expect(line('找谁问：')).toMatch(/不清楚就打12345。$/)
      // The answer before the referral: the first amount line the page shows (national, Hunan, or the
      // 本地金额 line where none is known), ahead of what to bring and whom to ask.
      const amount = line('能领多少：')!
      const first = view.knownAmounts[0]?.text ?? benefit.localStandard!
      expect(amount.slice('能领多少：'.length)).toContain(first.replace(/[。；]$/, '').slice(0, 20))
      expect(lines.indexOf(amount)).toBeLessThan(lines.indexOf(line('要带什么：')!))
      if (benefit.localStandard === null) expect(text).not.toContain('本地金额')
      expect(lines.at(-2)).toBe(`点开看：${LINK}`)
    })
  }

  it('says where a list was shortened, never cutting an item', () => {
    const benefit = findBenefit('dibao')!
    const message = benefitMessage(benefit, null)
    for (const line of message.body) expect(length(line)).toBeLessThanOrEqual(200)
  })
})

describe('the plan’s message', () => {
  it('lists the plan’s items in plain words, numbered, as many as fit', () => {
    const [plan] = plans
    const text = composeMessage(planMessage(plan), LINK, APP)
    expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
    const lines = linesOf(text)
    expect(lines[0]).toBe(`【${plan.planYear}年说要做的事】摘自《${plan.fromYear}年工作总结和${plan.planYear}年工作计划》，共 ${plan.items.length} 件`)
    const items = lines.slice(1, -2)
    expect(items.length).toBeGreaterThanOrEqual(10)
    items.forEach((line, i) => expect(line).toBe(`${i + 1}. ${plan.items[i].text}`))
  })
})

describe('the search page’s message', () => {
  it('names the words searched and the policies and sentences found, policies first', () => {
    const results = searchSite('低保')
    const text = composeMessage(searchMessage('低保', results, APP), LINK, APP)
    expect(length(text)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX)
    const lines = linesOf(text)
    expect(lines[0]).toBe(`在「${APP}」里搜「低保」，找到：`)
    expect(lines[1]).toBe(`· 惠民政策：${results.benefits[0].entry.name}——${results.benefits[0].entry.summary}`)
    expect(lines.some((l) => l === `· 报告里说：${results.report[0].sentence.text}`)).toBe(true)
  })
})

describe('复制全文', () => {
  it('keeps the report’s paragraph breaks (a blank line between) and ends with the link', () => {
    const section = report.sections.find((s) => s.id === 'livelihood')!
    const parts = sectionPlainText(section, APP, LINK).split('\n\n')
    expect(parts[0]).toBe(section.heading)
    expect(parts.slice(1, -2)).toEqual(paragraphsOf(section).map((p) => p.text))
    expect(parts.at(-2)).toMatch(/^——摘自衡南县花桥镇人民政府《花桥镇2024年工作总结和2025年工作计划》/)
    expect(parts.at(-1)).toBe(`点开看：${LINK}`)
  })
})

describe('an opening section that announces its parts', () => {
  it('the 2025 overview ends 「以下四个方面的工作：」 and lists the four plan chapters', () => {
    const overview = report.sections.find((s) => s.id === 'plan-overview')!
    expect(paragraphsOf(overview).at(-1)!.text).toMatch(/以下四个方面的工作：$/)
    expect(partsAnnouncedBy(overview).map((s) => s.id)).toEqual(['plan-economy', 'plan-revitalization', 'plan-safety', 'plan-livelihood'])
  })

  it('the opening of 2024’s work lists the five chapters that follow it; other sections list none', () => {
    expect(partsAnnouncedBy(report.sections.find((s) => s.id === 'intro')!)).toHaveLength(5)
    for (const id of ['livelihood', 'problems', 'plan-economy']) expect(partsAnnouncedBy(report.sections.find((s) => s.id === id)!)).toEqual([])
  })
})

describe('every tile and quote lands on its sentence (p)', () => {
  const blockText = (sectionId: string, p: number) =>
    numberedBlocks(paragraphsOf({ id: sectionId }))
      .flatMap((x) => x.blocks)
      .find((b) => b.n === p)?.text ?? ''

  it('each overview tile’s p is the block its figure’s sentence starts in', () => {
    for (const f of overviewFigures()) {
      const quote = withQuotes(f.section).figures.find((x) => x.id === f.id)!.quote!
      expect(f.p, f.id).not.toBeNull()
      expect(blockText(f.section.id, f.p!)).toContain(quote.slice(0, 4))
    }
  })

  it('each benefit quote’s p is the block its sentence starts in', () => {
    for (const entry of benefitIndex.benefits) {
      const benefit = findBenefit(entry.id)!
      for (const r of [...benefit.reported, ...benefit.mentions]) {
        expect(r.p, `${entry.id} ${r.quote}`).not.toBeNull()
        expect(blockText(r.section, r.p!)).toContain(r.quote.slice(0, 4))
      }
    }
  })

  it('blockOfQuote finds the block a quote starts in, across paragraphs, and null where it is absent', () => {
    const paragraphs = [
      { line: 1, text: '甲'.repeat(100) + '。' + '乙'.repeat(100) + '。' },
      { line: 2, text: '丙丁。' },
    ]
    expect(blockOfQuote(paragraphs, '甲甲')).toBe(1)
    expect(blockOfQuote(paragraphs, '乙乙')).toBe(2)
    expect(blockOfQuote(paragraphs, '甲。乙')).toBe(1)
    expect(blockOfQuote(paragraphs, '丙丁')).toBe(3)
    expect(blockOfQuote(paragraphs, '戊')).toBeNull()
  })
})
