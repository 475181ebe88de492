// Every share payload written out in full: what a WeChat group sees (title), where the link opens
// (path / timeline query) and what the card's picture says.
import { findBenefit } from '../../../src/domain/benefits/details'
import { findSection } from '../../../src/domain/report/report'
import { toQuery, withQuery } from '../../../src/domain/url'
import { routes } from '../../../src/routes'
import { shares } from '../../../src/shares'

const INTRO = '镇政府向大家报告：2024年做了哪些事，还有哪些不足，2025年打算怎么干。'
const REPORT_CARD = { title: '花桥镇2024年工作总结和2025年工作计划', figure: null, line: INTRO }
const BENEFITS_CARD = { title: '花桥镇惠民政策', figure: null, line: '低保、医保、种粮补贴：谁能申请、怎么办、问谁' }

describe('share payloads, in full', () => {
  it('report home', () => {
    expect(shares.report()).toEqual({ title: '一分钟看懂花桥镇2024年工作报告', path: '/pages/report/index', query: '', card: REPORT_CARD })
  })

  it('a section, and a section at one block', () => {
    const economy = findSection('economy')!
    const card = { title: '坚持围绕中心，推动经济发展', figure: { value: '516', unit: '万元', label: '发放耕地地力保护补贴' }, line: economy.summary }
    expect(shares.section(economy)).toEqual({
      title: '坚持围绕中心，推动经济发展｜花桥镇2024年工作报告',
      path: '/pages/section/index?id=economy',
      query: 'id=economy',
      card,
    })
    expect(shares.section(economy, 3)).toEqual({
      title: '坚持围绕中心，推动经济发展｜花桥镇2024年工作报告',
      path: '/pages/section/index?id=economy&p=3',
      query: 'id=economy&p=3',
      card,
    })
  })

  it('a missing section shares the report home under the report name', () => {
    expect(shares.section(null)).toEqual({ title: '花桥镇2024年工作报告', path: '/pages/report/index', query: '', card: REPORT_CARD })
    expect(shares.section(null, 4)).toEqual(shares.section(null))
  })

  it('校勘说明', () => {
    expect(shares.corrections()).toEqual({
      title: '校勘说明｜花桥镇2024年工作报告',
      path: '/pages/corrections/index',
      query: '',
      card: { title: '校勘说明', figure: null, line: '报告原文的错字、乱码和模板占位怎么整理的，每一处都列出来；数字一个没改。' },
    })
  })

  it('the 惠民政策 list, a benefit, and a missing benefit', () => {
    expect(shares.benefits()).toEqual({ title: '花桥镇惠民政策：低保、医保、种粮补贴怎么办', path: '/pages/benefits/index', query: '', card: BENEFITS_CARD })
    expect(shares.benefit(findBenefit('dibao'))).toEqual({
      title: '最低生活保障：谁能申请、怎么办｜花桥镇惠民政策',
      path: '/pages/benefit/index?id=dibao',
      query: 'id=dibao',
      card: { title: '最低生活保障', figure: null, line: findBenefit('dibao')!.summary },
    })
    expect(shares.benefit(null)).toEqual({ title: '花桥镇惠民政策', path: '/pages/benefits/index', query: '', card: BENEFITS_CARD })
  })

  it('the finder', () => {
    expect(shares.finder()).toEqual({
      title: '回答几个问题，看看能享受哪些惠民政策｜花桥镇',
      path: '/pages/finder/index',
      query: '',
      card: { title: '看看能享受哪些惠民政策', figure: null, line: '回答几个问题，列出可能适合你家的政策和去哪里问' },
    })
  })

  it('a search shares its words (title up to 20 characters, link up to 40), and an empty one the page', () => {
    const line = '在花桥镇的工作报告和惠民政策里找'
    expect(shares.search('修路')).toEqual({
      title: '在花桥镇政务公开里搜「修路」',
      path: `/pages/search/index?q=${encodeURIComponent('修路')}`,
      query: `q=${encodeURIComponent('修路')}`,
      card: { title: '搜「修路」', figure: null, line },
    })
    const long = '一二三四五六七八九十'.repeat(5)
    const share = shares.search(long)
    expect(share.title).toBe(`在花桥镇政务公开里搜「${long.slice(0, 20)}」`)
    expect(share.card.title).toBe(`搜「${long.slice(0, 20)}」`)
    expect(share.path).toBe(`/pages/search/index?q=${encodeURIComponent(long.slice(0, 40))}`)
    expect(shares.search('')).toEqual({ title: '搜一搜花桥镇的报告和惠民政策', path: '/pages/search/index', query: '', card: { title: '搜一搜', figure: null, line } })
  })
})

describe('share payloads of the plan and of an earlier year', () => {
  it('「去年说要做的事」 names the year planned, or says 去年 when the page has no plan', () => {
    const line = '计划里的每一件事，对照第二年的工作总结：做到了、在做，还是报告没提'
    expect(shares.plan(2025)).toEqual({
      title: '2025年说要做的事，办得怎么样｜花桥镇',
      path: '/pages/plan/index',
      query: '',
      card: { title: '2025年说要做的事，办得怎么样', figure: null, line },
    })
    expect(shares.plan(null)).toEqual({ title: '去年说要做的事｜花桥镇', path: '/pages/plan/index', query: '', card: { title: '去年说要做的事', figure: null, line } })
  })

  it('往年报告 links its year; a year the app does not have shares the report home', () => {
    expect(shares.year({ year: 2023, title: '花桥镇2023年工作总结' })).toEqual({
      title: '花桥镇2023年工作总结｜花桥镇 · 政务公开',
      path: '/pages/year/index?year=2023',
      query: 'year=2023',
      card: { title: '花桥镇2023年工作总结', figure: null, line: '花桥镇2023年的工作报告，分章看' },
    })
    expect(shares.year(null)).toEqual({ title: '花桥镇2024年工作报告', path: '/pages/report/index', query: '', card: REPORT_CARD })
  })

  it('a section of another year names that year in its title and link', () => {
    const economy = findSection('economy')!
    expect(shares.section(economy, null, 2025)).toMatchObject({
      title: '坚持围绕中心，推动经济发展｜花桥镇2025年工作报告',
      path: '/pages/section/index?id=economy&year=2025',
      query: 'id=economy&year=2025',
    })
  })
})

describe('routes and query strings', () => {
  it('a section link names its year unless it is 2024 (every link in circulation has none); 往年报告 always does', () => {
    expect(routes.section('livelihood', null, 2024)).toBe('/pages/section/index?id=livelihood')
    expect(routes.section('livelihood', 2, 2025)).toBe('/pages/section/index?id=livelihood&p=2&year=2025')
    expect(routes.year(2023)).toBe('/pages/year/index?year=2023')
    expect(routes.plan()).toBe('/pages/plan/index')
  })

  it('builds every page link', () => {
    expect(routes.report()).toBe('/pages/report/index')
    expect(routes.section('livelihood')).toBe('/pages/section/index?id=livelihood')
    expect(routes.section('livelihood', 5)).toBe('/pages/section/index?id=livelihood&p=5')
    expect(routes.section('livelihood', null)).toBe('/pages/section/index?id=livelihood')
    expect(routes.corrections()).toBe('/pages/corrections/index')
    expect(routes.benefits()).toBe('/pages/benefits/index')
    expect(routes.benefit('dibao')).toBe('/pages/benefit/index?id=dibao')
    expect(routes.finder()).toBe('/pages/finder/index')
    expect(routes.mine()).toBe('/pages/mine/index')
    expect(routes.search()).toBe('/pages/search/index')
    expect(routes.search('低保 医保')).toBe(`/pages/search/index?q=${encodeURIComponent('低保 医保')}`)
  })

  it('encodes keys and values and joins them with &', () => {
    expect(toQuery({ id: 'a b', 'p&q': '1' })).toBe('id=a%20b&p%26q=1')
    expect(withQuery('/x', {})).toBe('/x')
  })
})
