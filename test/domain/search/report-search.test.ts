import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BUDGETS } from '../../../scripts/budgets.mjs'
import { markedPieces, queryTerms, searchSentences, splitSentences, MAX_REPORT_HITS, type VocabularyEntry } from '../../../src/domain/search/report-search'
import { reportSentences, searchSite, SITE_SUGGESTIONS } from '../../../src/domain/search/site-search'
import { blockCountOf, paragraphsOf } from '../../../src/domain/report/text'
import { findSection } from '../../../src/domain/report/report'
import vocabularyJson from '../../../src/data/report-search.json'
import everyday from '../../../content/search/everyday-words.json'
import named from '../../../content/search/named-terms.json'
import { deriveReportSearch } from '../../../scripts/content/derive-search.mjs'
import type { SectionId } from '../../../src/domain/report/types'

const firstHit = (q: string) => searchSite(q).report[0]

// [what a villager types, the section of the first sentence found, words that sentence must contain]
const REPORT_QUERIES: [string, string, string][] = [
  ['修路', 'livelihood', '“三路”建设'],
  ['路面黑化', 'livelihood', '路面黑化工程'],
  ['我们村修路的事', 'livelihood', '“三路”建设'],
  [' 修 路 ', 'livelihood', '“三路”建设'],
  ['xiulu', 'livelihood', '“三路”建设'],
  ['喝水', 'rural-revitalization', '住房和饮水方面'],
  ['吃水', 'rural-revitalization', '住房和饮水方面'],
  ['自来水', 'rural-revitalization', '安全饮水'],
  ['飲水', 'rural-revitalization', '住房和饮水方面'],
  ['湘黄鸡', 'economy', '湘黄鸡'],
  ['养鸡', 'economy', '湘黄鸡'],
  ['xianghuangji', 'economy', '湘黄鸡'],
  ['ＸＨＪ', 'economy', '湘黄鸡'],
  ['瓜蒌', 'economy', '瓜蒌'],
  ['小黄姜', 'economy', '小黄姜50亩'],
  ['鸵鸟', 'rural-revitalization', '浅潭村鸵鸟养殖'],
  ['防溺水', 'plan-safety', '防溺水'],
  ['游泳', 'plan-safety', '防溺水'],
  ['光伏', 'economy', '光伏发电站'],
  ['太阳能', 'economy', '光伏发电站'],
  ['我想问一下光伏发电的事情', 'economy', '光伏发电站'],
  ['龙海村', 'livelihood', '龙海村约1.8公里'],
  ['龍海村', 'livelihood', '龙海村约1.8公里'],
  ['longhai', 'livelihood', '龙海村约1.8公里'],
  ['lhc', 'livelihood', '龙海村约1.8公里'],
  ['黄竹町村', 'livelihood', '黄竹町村约1.1公里'],
  ['楼屋村', 'economy', '楼屋村已投资80多万元'],
  ['lwc', 'economy', '楼屋村已投资80多万元'],
  ['浅潭村', 'rural-revitalization', '浅潭村鸵鸟养殖'],
  ['渐佳坳村', 'rural-revitalization', '渐佳坳村黄皮草鱼养殖'],
  ['白水村', 'safety-governance', '白水村'],
  ['龙溪桥水库', 'economy', '龙溪桥水库除险加固'],
  ['longxiqiao', 'economy', '龙溪桥水库除险加固'],
  ['接官亭', 'livelihood', '接官亭至黄竹'],
  ['jgt', 'livelihood', '接官亭至黄竹'],
  ['台风', 'livelihood', '迎战台风“格美”'],
  ['发大水', 'livelihood', '迎战台风“格美”'],
  ['着火', 'safety-governance', '森林防火'],
  ['骗子', 'safety-governance', '反电诈'],
  ['看病', 'plan-livelihood', '落实医保政策'],
  ['打工', 'livelihood', '公益性岗位54人'],
  ['种田', 'economy', '早稻插秧面积21188亩'],
  ['读书', 'rural-revitalization', '雨露计划'],
  ['厕所', 'rural-revitalization', '新增改厕30个'],
  ['垃圾', 'livelihood', '人居环境整治'],
  ['跳舞', 'livelihood', '文体广场'],
  ['矿洞', 'safety-governance', '40处矿硐的永久封闭'],
  ['当兵', 'plan-livelihood', '退役军人'],
  ['947', 'livelihood', '发放低保947人'],
  ['招商引资', 'plan-economy', '招商'],
]

// Questions, not words (issue 25): the year or plan words lead to the plan, 多少钱 and 一亩 to amounts
// and areas, numbers are found whole. [question, section of the first sentence, words it must contain]
const QUESTIONS: [string, string, string][] = [
  ['2025年准备做什么', 'plan-economy', '贯彻新发展理念'],
  ['明年准备干什么', 'plan-economy', '贯彻新发展理念'],
  ['2025年的打算', 'plan-economy', '贯彻新发展理念'],
  ['下一步怎么搞', 'plan-economy', '贯彻新发展理念'],
  ['准备干嘛', 'plan-economy', '贯彻新发展理念'],
  ['明年医保', 'plan-livelihood', '落实医保政策'],
  ['计划招商引资', 'plan-economy', '以商招商'],
  ['明年防溺水', 'plan-safety', '防溺水'],
  ['明年打算怎么搞产业', 'plan-economy', '产业'],
  ['耕地补贴多少钱', 'economy', '耕地地力保护补贴516万元'],
  ['种粮补贴一亩多少钱', 'economy', '耕地地力保护补贴516万元'],
  ['一亩地补多少', 'economy', '早稻插秧面积21188亩'],
  ['稻谷补贴多少钱', 'economy', '稻谷目标价格补贴187万元'],
  ['棉花一亩补多少', 'economy', '棉花面积1550亩'],
  ['棉花补贴多少钱', 'economy', '发放补贴40万元'],
  ['发了多少救灾资金', 'livelihood', '救灾资金96万余元'],
  ['低保发了多少钱', 'livelihood', '发放低保947人'],
  ['高龄补贴发了多少', 'livelihood', '高龄补贴130人'],
  ['新农合交得怎么样', 'livelihood', '医保政策宣传'],
  ['合作医疗', 'livelihood', '医保政策宣传'],
  ['65.06', 'livelihood', '征缴率65.06%'],
  ['1.8公里', 'livelihood', '龙海村约1.8公里'],
  ['3400万', 'livelihood', '总投资约3400万元'],
  ['2024', 'intro', '2024年以来'],
  ['孩子读书补贴', 'rural-revitalization', '雨露计划'],
  ['残疾人补贴', 'livelihood', '残疾人生活补贴275人'],
  ['老人补贴', 'livelihood', '高龄补贴130人'],
]

describe('report search answers questions', () => {
  it.each(QUESTIONS)('%s → %s: 「%s」', (query, section, words) => {
    const hit = firstHit(query)
    expect(hit?.sentence.section).toBe(section)
    expect(hit?.sentence.text).toContain(words)
  })

  it('a question about next year with nothing else offers the four plan chapters, in order, and marks nothing', () => {
    const hits = searchSite('2025年准备做什么').report
    expect(hits.map((h) => h.section)).toEqual(['plan-economy', 'plan-revitalization', 'plan-safety', 'plan-livelihood'])
    for (const hit of hits) expect(hit.marks).toEqual([])
  })

  it('never marks part of a longer number', () => {
    expect(searchSite('202').report).toEqual([])
    for (const q of ['20', '24', '2024年发了多少低保', '65.06', '1.8', '3400', '947人', '40处']) {
      for (const hit of searchSite(q).report) {
        for (const [start, end] of hit.marks) {
          const text = hit.sentence.text
          expect(/[\d.]/.test(text[start - 1] ?? '') && /\d/.test(text[start]), `${q}: ${text.slice(start - 3, end + 3)}`).toBe(false)
          expect(/\d/.test(text[end - 1]) && /\d/.test(text[end] ?? ''), `${q}: ${text.slice(start - 3, end + 3)}`).toBe(false)
        }
      }
    }
  })

  it('医保 brings the next sentence, which carries the 征缴率 it is about', () => {
    const hit = searchSite('医保').report.find((h) => h.sentence.text.includes('征缴工作'))!
    expect(hit.follow).toContain('征缴率65.06%')
    // A sentence with figures of its own brings nothing; one found itself is not repeated.
    expect(searchSite('棉花').report[0].follow).toBeUndefined()
    expect(searchSite('医保征缴率').report.filter((h) => h.follow).length).toBe(0)
  })
})

describe('report search: the sentence a villager is looking for comes first', () => {
  it.each(REPORT_QUERIES)('%s → %s: 「%s」', (query, section, words) => {
    const hit = firstHit(query)
    expect(hit?.sentence.section).toBe(section)
    expect(hit?.sentence.text).toContain(words)
  })

  it('marks the words that matched, and only those', () => {
    const hit = firstHit('我们村修路的事')!
    expect(
      markedPieces(hit)
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['旅游路', '资源路', '产业路', '三路'])
    expect(
      markedPieces(hit)
        .map((p) => p.text)
        .join(''),
    ).toBe(hit.sentence.text)
  })

  it('links each sentence to the block it stands in (the section page marks that block)', () => {
    const hit = firstHit('龙海村')!
    expect([hit.section, hit.sectionTitle]).toEqual(['livelihood', '回应群众关切，提升民生福祉'])
    const blocks = paragraphsOf(findSection(hit.sentence.section as SectionId)!)
      .map((p) => p.text)
      .join('')
    expect(blocks).toContain(hit.sentence.text)
    expect(hit.sentence.paragraph).toBeGreaterThanOrEqual(1)
    expect(hit.sentence.paragraph).toBeLessThanOrEqual(blockCountOf({ id: hit.sentence.section as SectionId }))
  })

  it('finds nothing for words the report does not use, and for empty or odd input', () => {
    for (const q of ['今天天气', 'asdf', '', '   ', '%', '<script>alert(1)</script>', '😀', '\u0000\u0007', 'x'.repeat(3000)])
      expect(searchSite(q).report, q).toEqual([])
  })

  it('every suggestion offered after no results finds something', () => {
    for (const word of SITE_SUGGESTIONS) {
      const { benefits, report } = searchSite(word)
      expect(benefits.length + report.length, word).toBeGreaterThan(0)
    }
  })

  it('covers every sentence of the report exactly once', () => {
    for (const section of ['intro', 'economy', 'livelihood'] as SectionId[]) {
      const text = paragraphsOf({ id: section })
        .map((p) => p.text)
        .join('')
      expect(
        reportSentences
          .filter((s) => s.section === section)
          .map((s) => s.text)
          .join(''),
      ).toBe(text.replace(/\s/g, ''))
    }
  })
})

describe('report search parts', () => {
  it('splits sentences after 。！？；', () => {
    expect(splitSentences('一是修路。二是饮水；三是什么？好！')).toEqual(['一是修路。', '二是饮水；', '三是什么？', '好！'])
  })

  it("turns everyday words into the report's words and drops filler", () => {
    const vocabulary: VocabularyEntry[] = [
      ['修路', 'xiulu', 'xl', ['路面黑化', '三路']],
      ['龙海村', 'longhaicun', 'lhc', []],
    ]
    const terms = (q: string) => queryTerms(q, vocabulary, '龙海村的三路和路面黑化，还有防溺水').map((t) => t.text)
    expect(terms('我们村修路的事')).toEqual(['路面黑化', '三路'])
    expect(terms('lhc')).toEqual(['龙海村'])
    expect(terms('longh')).toEqual(['龙海村'])
    expect(terms('防溺水')).toEqual(['防溺水'])
    expect(terms('防火溺水')).toEqual(['溺水'])
  })

  it('returns at most MAX_REPORT_HITS, best first', () => {
    const sentences = Array.from({ length: 50 }, (_, i) => ({ section: 's', paragraph: 1, text: i % 2 ? `修路，喝水${i}` : `修路${i}` }))
    const hits = searchSentences(sentences, [], '修路 喝水', {})
    expect(hits).toHaveLength(MAX_REPORT_HITS)
    expect(hits.slice(0, 2).map((h) => h.sentence.text)).toEqual(['修路，喝水1', '修路，喝水3'])
  })
})

describe('the search vocabulary (content/search)', () => {
  it('every named term and every target of an everyday word occurs in the report', () => {
    const text = reportSentences.map((s) => s.text).join('')
    for (const word of [...named.places, ...named.products]) expect(text, word).toContain(word)
    for (const [word, targets] of Object.entries(everyday.words)) for (const target of targets) expect(text, `${word} → ${target}`).toContain(target)
  })

  it('the build refuses a term the report does not have', () => {
    expect(() => deriveReportSearch({ named: { places: ['月亮村'], products: [] }, everyday: { words: {} } }, '龙海村')).toThrow(/月亮村/)
    expect(() => deriveReportSearch({ named: { places: [], products: [] }, everyday: { words: { 修路: ['高速公路'] } } }, '龙海村')).toThrow(/高速公路/)
    expect(() => deriveReportSearch({ named: { places: [], products: [] }, everyday: { words: { 修路: [] } } }, '龙海村')).toThrow(/leads nowhere/)
  })

  it('ships pinyin and initials for the named places', () => {
    expect((vocabularyJson.vocabulary as VocabularyEntry[]).find(([w]) => w === '龙海村')).toEqual(['龙海村', 'longhaicun', 'lhc', []])
  })
})

describe('report search size', () => {
  it(`adds at most ${BUDGETS.reportSearchIndexGzipBytes} bytes (gzip) of its own data`, () => {
    const bytes = gzipSync(readFileSync(join(process.cwd(), 'src/data/report-search.json'))).length
    expect(bytes).toBeLessThanOrEqual(BUDGETS.reportSearchIndexGzipBytes)
  })
})

describe('a withheld private name (editorial.json withheldNames)', () => {
  it('is found by no search: the name, its Traditional form or its pinyin; 信访 still finds the sentence, with 陈某', () => {
    for (const q of ['陈会军', '陳會軍', 'chenhuijun', 'chen hui jun', 'chj']) {
      const { benefits, report } = searchSite(q)
      expect([...benefits, ...report].length, q).toBe(0)
    }
    const hit = searchSite('信访').report.find((h) => h.sentence.text.includes('30年信访案'))
    expect(hit?.sentence.text).toContain('有效化解陈某30年信访案')
  })
})
