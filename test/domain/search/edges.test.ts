// Edges and exact wording the mutation audit (npm run mutation, docs/mutation.md) found unpinned:
// each test here failed against at least one planted bug that the rest of the suite let through.
import type { BenefitIndex, IndexTerm } from '../../../src/domain/benefits/types'
import { search } from '../../../src/domain/search/search'
import { markedPieces, queryTerms, searchSentences, splitSentences, type VocabularyEntry } from '../../../src/domain/search/report-search'
import { searchSite } from '../../../src/domain/search/site-search'

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
