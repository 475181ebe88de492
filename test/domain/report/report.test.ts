import { cardFigures, findSection, neighboursOf, overviewFigures, report } from '../../../src/domain/report/report'
import { paragraphsOf, sectionPlainText } from '../../../src/domain/report/text'
import { withQuotes } from '../../../src/domain/report/section-figures'
import { readableBlocks } from '../../../src/domain/report/blocks'
import { SECTION_IDS_2024 as SECTION_IDS } from '../../../src/domain/report/types'
import { routes } from '../../../src/routes'

describe('report structure (ids are a public contract)', () => {
  it('has the 12 sections in reading order', () => {
    expect(report.sections.map((s) => s.id)).toEqual([...SECTION_IDS])
  })

  it('groups them as 2024年工作情况 / 存在的问题和不足 / 2025年工作计划', () => {
    expect(report.groups.map((g) => [g.title, g.sections.length])).toEqual([
      ['2024年工作情况', 6],
      ['存在的问题和不足', 1],
      ['2025年工作计划', 5],
    ])
    expect(report.groups.flatMap((g) => g.sections)).toEqual([...SECTION_IDS])
  })

  it('keeps the report titles and clean Simplified text', () => {
    expect(report.title).toBe('花桥镇2024年工作总结和2025年工作计划')
    expect(report.issuer).toBe('衡南县花桥镇人民政府')
    expect(findSection('party-building')?.title).toBe('提升政治站位，强化党建引领')
    expect(findSection('plan-economy')?.heading).toBe('（一）强经济，增动能。')
    const all = report.sections.flatMap((s) => paragraphsOf(s).map((p) => p.text)).join('')
    expect(all).not.toMatch(/关键词2|[麵製係裏]|[,:;()"]/)
    expect(all).toContain('我镇主要抓了以下工作')
  })

  it('gives every section a plain summary and the 2024 sections figures', () => {
    for (const s of report.sections) expect(s.summary.length).toBeGreaterThan(10)
    for (const id of ['party-building', 'economy', 'rural-revitalization', 'livelihood', 'safety-governance']) {
      expect(findSection(id)?.figures.length).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('report queries', () => {
  it('offers 6 to 8 headline figures that each belong to their section', () => {
    const figures = overviewFigures()
    expect(figures.length).toBeGreaterThanOrEqual(6)
    expect(figures.length).toBeLessThanOrEqual(8)
    for (const f of figures) expect(f.section.figures).toContainEqual(expect.objectContaining({ id: f.id, value: f.value, label: f.label }))
    // The home's cards leave out the quotes (they ship with the text); the section page puts them back.
    for (const f of figures) expect(f.quote).toBeUndefined()
    for (const f of figures) expect(paragraphsOf(f.section).map((p) => p.text).join('')).toContain(withQuotes(f.section).figures.find((x) => x.id === f.id)?.quote)
  })

  it('shows two or three figures on a card', () => {
    expect(cardFigures(findSection('economy')!).length).toBe(3)
    expect(cardFigures(findSection('problems')!)).toEqual([])
  })

  it('finds neighbours at both ends', () => {
    expect(neighboursOf('intro')).toEqual({ previous: null, next: findSection('party-building') })
    expect(neighboursOf('plan-livelihood').next).toBeNull()
    expect(neighboursOf('problems').previous?.id).toBe('safety-governance')
  })

  it('ships every section with its text, and none for an unknown id', () => {
    for (const s of report.sections) expect(paragraphsOf(s).map((p) => p.text).join(''), s.id).toContain(withQuotes(s).figures[0]?.quote ?? '')
    expect(paragraphsOf(findSection('livelihood')!)[0].text).toMatch(/^迎战台风“格美”战役中/)
    expect(paragraphsOf({ id: 'nope' as never })).toEqual([])
  })

  it('returns null for unknown ids', () => {
    expect(findSection('nope')).toBeNull()
    expect(findSection('')).toBeNull()
  })

  it('splits long paragraphs into blocks that join back exactly', () => {
    for (const s of report.sections) {
      for (const p of paragraphsOf(s)) {
        const blocks = readableBlocks(p.text)
        expect(blocks.join('')).toBe(p.text)
        if (p.text.length > 300) expect(blocks.length).toBeGreaterThan(2)
      }
    }
  })

  it('copies a section with its heading, text and source', () => {
    const text = sectionPlainText(findSection('livelihood')!, '花桥镇 · 政务公开', null)
    expect(text.startsWith('（四）回应群众关切，提升民生福祉\n\n')).toBe(true)
    expect(text).toContain('发放低保947人')
    expect(text).toContain('衡南县花桥镇人民政府《花桥镇2024年工作总结和2025年工作计划》')
    expect(text).toContain('花桥镇 · 政务公开')
  })

  it('builds section links from the route contract', () => {
    expect(routes.section('plan-safety')).toBe('/pages/section/index?id=plan-safety')
  })
})

describe('a section of another year’s report', () => {
  it('is found in that year’s sections by its id, and a year without it gives none', () => {
    const other = [
      { ...report.sections[1], id: 'plan-economy', title: '明年的经济' },
      { ...report.sections[2], id: 'economy', title: '那年的经济' },
    ] as typeof report.sections
    expect(findSection('economy', other)?.title).toBe('那年的经济')
    expect(findSection('plan-economy', other)?.title).toBe('明年的经济')
    expect(findSection('livelihood', other)).toBeNull()
    expect(findSection('economy')?.title).toBe('坚持围绕中心，推动经济发展')
  })

  it('a link to a year the app does not have opens nothing (never the newest report instead)', async () => {
    const { editionOf, linkedSection } = await import('../../../src/domain/report/editions')
    expect(editionOf(1999)).toBeNull()
    expect(editionOf(report.year)?.year).toBe(report.year)
    expect(linkedSection(1999, 'economy')).toBeNull()
    expect(linkedSection(report.year, 'nope')).toBeNull()
    expect(linkedSection(report.year, ' Economy ')?.section.id).toBe('economy')
  })
})
