// Edges and exact wording the mutation audit (npm run mutation, docs/mutation.md) found unpinned:
// each test here failed against at least one planted bug that the rest of the suite let through.
import type { BenefitIndex, FinderData, IndexTerm } from '../../src/domain/benefits/types'
import { benefitView, findBenefit } from '../../src/domain/benefits/details'
import { categoryName } from '../../src/domain/benefits/benefit-index'
import { correctionPlace } from '../../src/domain/report/corrections'
import { findBenefits } from '../../src/domain/benefits/finder'
import { UPDATE_FAILED } from '../../src/domain/platform-errors'
import { report } from '../../src/domain/report/report'
import { cleanIdParam, parsePosition, parseSearchParam } from '../../src/domain/route-params'
import { makeConverter } from '../../src/domain/reader/script'
import { search } from '../../src/domain/search/search'
import { chineseVoice } from '../../src/domain/reader/speech'
import { readableBlocks } from '../../src/domain/report/blocks'
import { markedPieces, queryTerms, searchSentences, splitSentences, type VocabularyEntry } from '../../src/domain/search/report-search'
import { searchSite } from '../../src/domain/search/site-search'

describe('readable blocks: where a long paragraph breaks', () => {
  it('breaks only when the next sentence would pass the target length', () => {
    expect(readableBlocks('一二三。四五六。', 8)).toEqual(['一二三。四五六。'])
    expect(readableBlocks('一二三。四五六。', 7)).toEqual(['一二三。', '四五六。'])
    expect(readableBlocks('一二三。四五六。七。', 4)).toEqual(['一二三。', '四五六。', '七。'])
  })

  it('keeps stray punctuation, and gives nothing for nothing', () => {
    expect(readableBlocks('。开头', 120)).toEqual(['。开头'])
    expect(readableBlocks('。。', 1)).toEqual(['。。'])
    expect(readableBlocks('', 120)).toEqual([])
    expect(readableBlocks('没有句号的一段', 3)).toEqual(['没有句号的一段'])
  })
})

describe('where a correction was made', () => {
  const last = report.lineCount
  it.each([
    [1, '封面'],
    [2, '封面'],
    [3, '第3行'],
    [last - 2, `第${last - 2}行`],
    [last - 1, '文末'],
    [last, '文末'],
  ])('line %i → %s', (line, where) => {
    expect(correctionPlace({ section: null, line })).toBe(where)
  })

  it('names the section when there is one', () => {
    expect(correctionPlace({ section: 'economy', line: 1 })).toBe('坚持围绕中心，推动经济发展')
  })
})

describe('a benefit page, line by line', () => {
  const dibao = findBenefit('dibao')!

  it('shows the category alone when a benefit has no other names, and 「也叫」 when it has', () => {
    expect(benefitView({ ...dibao, aliases: [] }).meta).toBe(categoryName(dibao.category))
    expect(benefitView({ ...dibao, aliases: ['吃低保', '低保金'] }).meta).toBe(`${categoryName(dibao.category)} · 也叫：吃低保、低保金`)
  })

  it('lists its own documents, and the legal basis with its number in brackets', () => {
    const view = benefitView(dibao)
    expect(view.documents).toEqual(dibao.documents)
    expect(view.legalBasis[0]).toEqual({ text: '《社会救助暂行办法》（国务院令第649号）', source: null, checked: null })
    expect(benefitView(findBenefit('tekun')!).legalBasis[0]).toEqual({ text: '《特困人员认定办法》', source: null, checked: null })
  })

  it('has no name for an unknown category', () => {
    expect(categoryName('nope' as never)).toBe('')
  })
})

describe('untrusted link values at their limits', () => {
  it('refuses a raw id over 192 characters even if it would decode to a short one', () => {
    expect(cleanIdParam(`${' '.repeat(20)}${'%61'.repeat(60)}`)).toBeNull()
    expect(cleanIdParam(`${' '.repeat(12)}${'%61'.repeat(60)}`)).toBe('a'.repeat(60))
  })

  it('takes a block number of up to four digits', () => {
    expect(parsePosition('12', 20)).toBe(12)
    expect(parsePosition('1234', 2000)).toBe(1234)
    expect(parsePosition('12345', 20000)).toBeNull()
  })

  it('decodes a search link from its first 600 characters only', () => {
    const q = `%E4%BF%AE${'a'.repeat(600)}%E0%A4%A`
    expect(parseSearchParam(q).startsWith('修a')).toBe(true)
  })
})

describe('benefit search, edges of the scoring rules', () => {
  const indexOf = (terms: IndexTerm[]): BenefitIndex =>
    ({ categories: [], traditional: {}, benefits: [{ id: 'dibao', name: 'x', category: 'assistance', summary: '', aliases: [], sections: [], terms }] }) as unknown as BenefitIndex
  const pinyin: IndexTerm[] = [['最低生活保障', 0, 'zuidishenghuobaozhang', 'zdshbz']]

  it('two letters are enough to begin the pinyin or the initials; four to match inside', () => {
    expect(search(indexOf(pinyin), 'zu')[0].score).toBe(150)
    expect(search(indexOf(pinyin), 'zd')[0].score).toBe(140)
    expect(search(indexOf(pinyin), 'heng')[0].score).toBe(110)
  })

  it('on a tie keeps the first term it met', () => {
    const [hit] = search(indexOf([['低保户', 2, '', ''], ['低保金', 2, '', '']]), '低保')
    expect([hit.score, hit.matched]).toEqual([119, '低保户'])
  })

  it('reads at most 800 characters of what was typed (room for a 200-character paste), whatever they are', () => {
    expect(search(indexOf([['低保', 0, 'dibao', 'db']]), `${' '.repeat(800)}低保`)).toEqual([])
    expect(search(indexOf([['低保', 0, 'dibao', 'db']]), `${' '.repeat(798)}低保`)).toHaveLength(1)
  })
})

describe('the rest', () => {
  it('finder: one reason is given once, even when two rules give it', () => {
    const data = {
      questions: [],
      rules: [
        { benefit: 'dibao', when: [['a']], reason: '家里收入低' },
        { benefit: 'dibao', when: [['b']], reason: '家里收入低' },
      ],
      always: [],
    } as unknown as FinderData
    expect(findBenefits(data, { q: ['a', 'b'] })).toEqual([{ benefit: 'dibao', reasons: ['家里收入低'] }])
  })

  it('speech: zh-CN first, then zh-Hans and zh-SG, matched from the start of the tag', () => {
    const v = (lang: string) => ({ lang, name: lang, localService: true })
    expect(chineseVoice([v('zh-TW'), v('zh-Hans-HK'), v('zh-CN')])?.lang).toBe('zh-CN')
    expect(chineseVoice([v('zh-TW'), v('zh-SG')])?.lang).toBe('zh-SG')
    expect(chineseVoice([v('zh-TW'), v('x-zh-CN'), v('zh-CN-x')])?.lang).toBe('zh-TW')
    expect(chineseVoice([v('zh-TW'), v('yue-zh-Hans')])?.lang).toBe('zh-TW')
    expect(chineseVoice([v('zh-TW'), v('zh-x-zh-CN')])?.lang).toBe('zh-TW')
    expect(chineseVoice([v('zh-TW'), v('zh-x-zh-Hans')])?.lang).toBe('zh-TW')
  })

  it('繁體 converter: odd values pass through untouched', () => {
    const t = makeConverter()
    expect(t('')).toBe('')
    expect(t(undefined as unknown as string)).toBeUndefined()
    expect(t('发展')).toBe('發展')
  })

  it('the update message says the current version keeps working', () => {
    expect(UPDATE_FAILED).toBe('新版本没有下载成功，不影响现在使用。下次打开时会再试。')
  })
})

describe('report search: terms, marks and pieces at their edges', () => {
  const sentence = (text: string) => ({ section: 'economy', paragraph: 1, text })
  const VOCABULARY: VocabularyEntry[] = [
    ['路', 'lu', 'l', ['道路']],
    ['修路', 'xiulu', 'xl', ['路面黑化']],
    ['龙海村', 'longhaicun', 'lhc', []],
  ]

  it('looks for a lone character only when it is a Han character typed on its own', () => {
    expect(queryTerms('桥', [], '花桥镇')).toEqual([{ text: '桥', weight: 1 }])
    expect(queryTerms('5', [], '有5个村')).toEqual([])
    expect(queryTerms('桥的', [], '花桥镇')).toEqual([])
  })

  it('tries the pairs of an unknown phrase', () => {
    expect(queryTerms('修桥补路', [], '修桥。路补好了')).toEqual([{ text: '修桥', weight: 0.5 }])
  })

  it('takes the longest everyday word first, and initials begun', () => {
    expect(queryTerms('修路', VOCABULARY, '路面黑化。道路')).toEqual([{ text: '路面黑化', weight: 1 }])
    expect(queryTerms('lh', VOCABULARY, '龙海村')).toEqual([{ text: '龙海村', weight: 1 }])
  })

  it('merges overlapping and touching matches into one mark', () => {
    const [overlapping] = searchSentences([sentence('修路面。')], [], '修路路面', {})
    expect(overlapping.marks).toEqual([[0, 3]])
    const [touching] = searchSentences([sentence('修路铺面。')], [], '修路和铺面', {})
    expect(touching.marks).toEqual([[0, 4]])
  })

  it('cuts a sentence into pieces with no empty ones at either end', () => {
    const hit = (text: string, marks: [number, number][]) => ({ sentence: sentence(text), score: 1, marks })
    expect(markedPieces(hit('修路了', [[0, 2]]))).toEqual([
      { text: '修路', marked: true },
      { text: '了', marked: false },
    ])
    expect(markedPieces(hit('要修路', [[1, 3]]))).toEqual([
      { text: '要', marked: false },
      { text: '修路', marked: true },
    ])
    expect(markedPieces(hit('修路', [[0, 2]]))).toEqual([{ text: '修路', marked: true }])
  })
})

describe('the search page reads Traditional with the app\'s own 繁體 table', () => {
  it('finds the same sentences for 花橋鎮 as for 花桥镇 (橋 and 鎮 are only in the 繁體 table)', () => {
    const simplified = searchSite('花桥镇').report.map((h) => h.sentence.text)
    expect(simplified.length).toBeGreaterThan(0)
    expect(searchSite('花橋鎮').report.map((h) => h.sentence.text)).toEqual(simplified)
  })

  it('splits sentences at 。！？； and trims them; punctuation alone is no sentence', () => {
    expect(splitSentences(' 修路。 喝水！')).toEqual(['修路。', '喝水！'])
    expect(splitSentences('。')).toEqual([])
  })
})
