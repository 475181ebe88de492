import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { benefitIndex, unpackTerm } from '../../../src/domain/benefits/benefit-index'
import { hitNote, MAX_QUERY_LENGTH, normalizeQuery, search } from '../../../src/domain/search/search'

const first = (q: string) => search(benefitIndex, q)[0]?.entry.id
const topThree = (q: string) =>
  search(benefitIndex, q)
    .slice(0, 3)
    .map((h) => h.entry.id)

// [query, expected first result]
const FIRST: [string, string][] = [
  ['低保', 'dibao'],
  ['dibao', 'dibao'],
  ['db', 'dibao'],
  ['DIBAO', 'dibao'],
  ['ｄｉｂａｏ', 'dibao'],
  ['低 保', 'dibao'],
  ['吃低保', 'dibao'],
  ['我家能不能吃低保？', 'dibao'],
  ['最低生活保障', 'dibao'],
  ['zdshbz', 'dibao'],
  // Typed partly: the start of the initials, or of the full pinyin.
  ['zdsh', 'dibao'],
  ['gddlbh', 'farmland-subsidy'],
  ['cxjmjb', 'medical-insurance'],
  ['diba', 'dibao'],
  ['mianh', 'cotton-subsidy'],
  ['新农合', 'medical-insurance'],
  // 城乡居民基本养老保险 and 育儿补贴 (policy-facts §20, §21)
  ['养老金', 'pension'],
  ['退休金', 'pension'],
  ['老人每个月的钱', 'pension'],
  ['yanglaojin', 'pension'],
  ['ylj', 'pension'],
  ['養老金', 'pension'],
  ['新农保', 'pension'],
  ['育儿补贴', 'childcare-subsidy'],
  ['yuerbutie', 'childcare-subsidy'],
  ['稻谷补贴', 'rice-subsidy'],
  ['稻谷目标价格补贴', 'rice-subsidy'],
  ['新农合今年交多少', 'medical-insurance'],
  ['xinnonghe', 'medical-insurance'],
  ['xnh', 'medical-insurance'],
  ['医保', 'medical-insurance'],
  ['居民医保', 'medical-insurance'],
  ['合作医疗', 'medical-insurance'],
  ['种粮补贴', 'farmland-subsidy'],
  ['种粮补贴找谁', 'farmland-subsidy'],
  ['粮补', 'farmland-subsidy'],
  ['耕地地力保护补贴', 'farmland-subsidy'],
  ['zlbt', 'farmland-subsidy'],
  ['稻谷补贴', 'rice-subsidy'],
  ['稻谷目标价格补贴', 'rice-subsidy'],
  ['水稻', 'rice-subsidy'],
  ['棉花', 'cotton-subsidy'],
  ['mianhua', 'cotton-subsidy'],
  ['五保', 'tekun'],
  ['五保户', 'tekun'],
  ['wubao', 'tekun'],
  ['特困', 'tekun'],
  ['孤寡老人', 'tekun'],
  ['临时救助', 'temporary-relief'],
  ['火灾', 'temporary-relief'],
  ['车祸', 'temporary-relief'],
  ['高龄补贴', 'elderly-allowance'],
  ['长寿补贴', 'elderly-allowance'],
  ['老年补贴', 'elderly-allowance'],
  ['80岁', 'elderly-allowance'],
  ['孤儿', 'orphan'],
  ['父母双亡', 'orphan'],
  ['护理补贴', 'disability-care'],
  ['瘫痪', 'disability-care'],
  ['残疾人生活补贴', 'disability-living'],
  ['大病救助', 'medical-assistance'],
  ['医疗救助', 'medical-assistance'],
  ['慢性病', 'medical-assistance'],
  ['返贫', 'poverty-monitoring'],
  ['监测户', 'poverty-monitoring'],
  ['雨露计划', 'yulu'],
  ['yulu', 'yulu'],
  ['孩子上学', 'yulu'],
  ['职校', 'yulu'],
  ['危房改造', 'housing-repair'],
  ['房子漏雨', 'housing-repair'],
  ['weifang', 'housing-repair'],
  ['改厕', 'toilet-renovation'],
  ['厕所', 'toilet-renovation'],
  ['喝水', 'drinking-water'],
  ['自来水', 'drinking-water'],
  ['停水', 'drinking-water'],
  ['遭灾', 'disaster-relief'],
  ['洪水', 'disaster-relief'],
  ['台风', 'disaster-relief'],
  ['公益岗', 'public-welfare-jobs'],
  ['护林员', 'public-welfare-jobs'],
  ['失业', 'employment-aid'],
  ['下岗', 'employment-aid'],
  ['分红', 'industry-support'],
  ['产业帮扶', 'industry-support'],
  // Traditional script
  ['低保戶', 'dibao'],
  ['醫保', 'medical-insurance'],
  ['新農合', 'medical-insurance'],
  ['種糧補貼', 'farmland-subsidy'],
]

// [query, benefit expected among the first three]
const TOP_THREE: [string, string][] = [
  ['看病', 'medical-insurance'],
  ['看病', 'medical-assistance'],
  ['住院', 'medical-insurance'],
  ['老人', 'elderly-allowance'],
  ['老人', 'tekun'],
  ['种田', 'farmland-subsidy'],
  ['种田', 'rice-subsidy'],
  ['没工作', 'public-welfare-jobs'],
  ['没工作', 'employment-aid'],
  ['残补', 'disability-living'],
  ['残补', 'disability-care'],
  ['残疾', 'disability-care'],
  ['上学', 'yulu'],
  ['生病', 'medical-insurance'],
  ['房子', 'housing-repair'],
  ['补贴', 'farmland-subsidy'],
  ['cb', 'disability-living'],
  ['kanbing', 'medical-insurance'],
  ['xinnong', 'medical-insurance'],
]

// Questions (issue 25): [question, the benefits it finds, in order (a generic 补贴 alone does not bring the rest)]
const QUESTIONS: [string, string[]][] = [
  ['种田补贴多少钱一亩', ['farmland-subsidy', 'rice-subsidy', 'cotton-subsidy']],
  ['棉花补贴多少钱', ['cotton-subsidy']],
  ['稻谷补贴多少钱', ['rice-subsidy']],
  ['耕地补贴多少钱', ['farmland-subsidy']],
  ['低保发了多少钱', ['dibao']],
  ['高龄补贴发了多少', ['elderly-allowance']],
  ['计划招商引资', []],
  ['今年计划', []],
  ['明年准备干什么', []],
]

describe('benefit search answers questions', () => {
  it.each(QUESTIONS)('%s → %j', (query, ids) => {
    expect(search(benefitIndex, query).map((h) => h.entry.id)).toEqual(ids)
  })

  it('补贴 alone still lists every subsidy, the farm ones first', () => {
    const ids = search(benefitIndex, '补贴').map((h) => h.entry.id)
    expect(ids.slice(0, 3)).toEqual(['farmland-subsidy', 'rice-subsidy', 'cotton-subsidy'])
    expect(ids).toEqual(expect.arrayContaining(['orphan', 'disability-living', 'elderly-allowance']))
  })
})

describe('benefit search', () => {
  it.each(FIRST)('%s → %s first', (query, expected) => {
    expect(first(query)).toBe(expected)
  })

  it.each(TOP_THREE)('%s → %s in the top three', (query, expected) => {
    expect(topThree(query)).toContain(expected)
  })

  it('returns nothing for an empty or blank box', () => {
    expect(search(benefitIndex, '')).toEqual([])
    expect(search(benefitIndex, '   ')).toEqual([])
    expect(search(benefitIndex, '　')).toEqual([])
  })

  it('returns nothing (not an error) for words it does not know', () => {
    expect(search(benefitIndex, '股票期货')).toEqual([])
    expect(search(benefitIndex, 'qqqqzzzz')).toEqual([])
  })

  it.each([['x'.repeat(5000)], ['低保'.repeat(3000)], ['😀👍🏽'], ['.*('], ['<script>alert(1)</script>'], ['%00\u0000'], ['\uD800'], ['ＡＢＣ１２３']])(
    'survives odd input %#',
    (q) => {
      expect(() => search(benefitIndex, q)).not.toThrow()
      expect(Array.isArray(search(benefitIndex, q))).toBe(true)
    },
  )

  it('normalises queries: width, case, script, punctuation, length', () => {
    expect(normalizeQuery('ＤＩ ＢＡＯ！', {})).toBe('dibao')
    expect(normalizeQuery('低保戶', benefitIndex.traditional)).toBe('低保户')
    expect(normalizeQuery('x'.repeat(500), {})).toHaveLength(MAX_QUERY_LENGTH)
    expect(normalizeQuery(undefined, {})).toBe('')
    expect(normalizeQuery(42, {})).toBe('')
  })

  it('tells which term matched, and says why in words', () => {
    expect(search(benefitIndex, '新农合')[0].matched).toBe('新农合')
    expect(hitNote(search(benefitIndex, '新农合')[0])).toBe('也叫「新农合」')
    expect(hitNote(search(benefitIndex, '看病')[0])).toBe('和「看病」有关')
    expect(hitNote(search(benefitIndex, '最低生活保障')[0])).toBeNull()
  })
})

describe('the shipped index', () => {
  it('ships each term’s pinyin once, as syllables; the full pinyin and the initials are read from them', () => {
    expect(unpackTerm(['最低生活保障', 0, 'zui di sheng huo bao zhang'])).toEqual(['最低生活保障', 0, 'zuidishenghuobaozhang', 'zdshbz'])
    expect(unpackTerm(['种田', 3, 'zhong tian'])).toEqual(['种田', 3, 'zhongtian', 'zt'])
    // Not all Han (no syllables shipped): found by itself, lower-cased, with no initials.
    expect(unpackTerm(['12345热线', 2])).toEqual(['12345热线', 2, '12345热线', ''])
    expect(unpackTerm(['DB', 1])).toEqual(['DB', 1, 'db', ''])
    const dibao = benefitIndex.benefits.find((b) => b.id === 'dibao')!
    expect(dibao.terms.find(([term]) => term === '低保')).toEqual(['低保', 1, 'dibao', 'db'])
  })

  it('carries a category’s words once, and each benefit still has them after its own terms, once each', () => {
    const shipped = JSON.parse(readFileSync(join(process.cwd(), 'src/data/benefit-index.json'), 'utf8'))
    for (const b of shipped.benefits)
      expect(
        b.terms.filter(([, kind]: [string, number]) => kind === 3),
        b.id,
      ).toEqual([])
    for (const entry of benefitIndex.benefits) {
      const words = shipped.categories.find((c: { id: string }) => c.id === entry.category).terms.map(([term]: [string]) => term)
      const terms = entry.terms.map(([term]) => term)
      for (const word of words)
        expect(
          terms.filter((t) => t === word),
          `${entry.id} ${word}`,
        ).toHaveLength(1)
      expect(new Set(terms).size).toBe(terms.length)
    }
    expect(first('种地')).toBe('farmland-subsidy')
  })
})
