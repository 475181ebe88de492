// The benefit search's scoring rules, one by one, on a one-entry index: each rule gives its own score,
// so a changed weight or a lost rule shows here even where the ranking table happens not to notice.
import type { BenefitIndex, IndexTerm } from '../../src/domain/benefit-types'
import { search } from '../../src/domain/search'

const indexOf = (terms: IndexTerm[]): BenefitIndex =>
  ({ categories: [], traditional: { 農: '农' }, benefits: [{ id: 'dibao', name: 'x', category: 'hardship', summary: '', aliases: [], sections: [], terms }] }) as unknown as BenefitIndex
const scoreOf = (terms: IndexTerm[], q: string) => search(indexOf(terms), q)[0]?.score ?? 0
const name = (t: string, full = '', initials = ''): IndexTerm => [t, 0, full, initials]

describe('scoring Han queries (name weight 100)', () => {
  it.each([
    ['the whole name', '最低生活保障', 200],
    ['the start of the name', '最低生活', 100 + 60 - 2],
    ['inside the name', '生活保障', 100 + 40 - 2],
    ['a sentence containing the name', '我想问最低生活保障', 100 + 20 + 6 * 5],
    ['three characters in common', '低生活费', 30 + 3 * 10],
    ['two characters in common', '生活费', 30 + 2 * 10],
  ])('%s: %s → %i', (_rule, q, score) => {
    expect(scoreOf([name('最低生活保障')], q)).toBe(score)
  })

  it('one character in common is no match, nor is a one-character term inside a sentence', () => {
    expect(scoreOf([name('最低生活保障')], '最好')).toBe(0)
    expect(scoreOf([name('低')], '我家低')).toBe(0)
  })

  it('weighs a term by its kind: name 100, alias 90, need 60, category 40', () => {
    for (const [kind, base] of [[0, 100], [1, 90], [2, 60], [3, 40]] as const) expect(scoreOf([['低保', kind, 'dibao', 'db']], '低保')).toBe(base + 100)
  })

  it('keeps the best term and says which matched', () => {
    const [hit] = search(indexOf([['低保金', 1, '', ''], ['低保', 2, '', '']]), '低保')
    expect([hit.score, hit.matched, hit.matchedKind]).toEqual([160, '低保', 2])
    const [first] = search(indexOf([['低保', 1, '', ''], ['低保', 2, '', '']]), '低保')
    expect(first.matchedKind).toBe(1)
  })
})

describe('scoring pinyin queries', () => {
  const terms = [name('最低生活保障', 'zuidishenghuobaozhang', 'zdshbz')]
  it.each([
    ['full pinyin', 'zuidishenghuobaozhang', 200],
    ['all initials', 'zdshbz', 200],
    ['the start of the pinyin', 'zuidi', 150],
    ['the start of the initials', 'zdsh', 140],
    ['pinyin inside, four letters or more', 'shenghuo', 110],
    ['pinyin inside, three letters', 'sheng'.slice(0, 3), 0],
    ['one letter', 'z', 0],
  ])('%s: %s → %i', (_rule, q, score) => {
    expect(scoreOf(terms, q)).toBe(score)
  })

  it('a term without pinyin never matches a Latin query, and mixed input is matched as Han', () => {
    expect(scoreOf([name('低保')], 'dibao')).toBe(0)
    expect(scoreOf([name('低保', 'dibao', 'db')], '低保db')).toBe(100 + 20 + 2 * 5)
  })
})

describe('query clean-up', () => {
  it('reads Traditional, full-width and mixed case the same, and keeps only the first 160 characters it is given', () => {
    expect(scoreOf([name('农合', 'nonghe', 'nh')], '農合')).toBe(200)
    expect(scoreOf([name('农合', 'nonghe', 'nh')], 'ＮＯＮＧＨＥ')).toBe(200)
    expect(scoreOf([name('农合', 'nonghe', 'nh')], `${'x'.repeat(160)}农合`)).toBe(0)
  })
})
