// The benefit search's scoring rules, one by one, on a one-entry index: each rule gives its own score,
// so a changed weight or a lost rule shows here even where the ranking table happens not to notice.
import type { BenefitIndex, IndexTerm } from '../../../src/domain/benefits/types'
import { normalizeQuery, search } from '../../../src/domain/search/search'

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
    expect(scoreOf([name('低')], '很低了')).toBe(0)
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
  it('reads Traditional, full-width and mixed case the same, and keeps only the first 800 characters it is given', () => {
    expect(scoreOf([name('农合', 'nonghe', 'nh')], '農合')).toBe(200)
    expect(scoreOf([name('农合', 'nonghe', 'nh')], 'ＮＯＮＧＨＥ')).toBe(200)
    expect(scoreOf([name('农合', 'nonghe', 'nh')], `${'x'.repeat(800)}农合`)).toBe(0)
  })

  it('reads a paste of up to 200 characters for the names it contains, and matches nothing in pieces there', () => {
    const paste = (tail: string) => `${'村里开会说了很多事情'.repeat(18)}${tail}`
    expect(scoreOf([name('最低生活保障')], paste('最低生活保障'))).toBe(100 + 20 + 6 * 5)
    expect(scoreOf([name('最低生活保障')], paste('生活费'))).toBe(0)
    expect(scoreOf([name('最低生活保障')], `${paste('')}${'很多'.repeat(8)}最低生活保障`)).toBe(0)
  })

  it('takes out words that carry no subject, and matches nothing across the gap they leave', () => {
    expect(scoreOf([name('没有子女', '', ''), ['看病', 2, '', '']], '有没有')).toBe(0)
    expect(scoreOf([name('生活不能自理')], '能不能生活')).toBe(100 + 60 - 4)
    expect(scoreOf([name('低保')], '低保吗')).toBe(200)
    expect(scoreOf([name('低保')], '请问低保怎么办呢')).toBe(200)
    expect(scoreOf([name('保障')], '低保障')).toBe(100 + 20 + 2 * 5)
    expect(scoreOf([name('保障')], '低保吗障')).toBe(0)
    // One character left of a question asks nothing; typed alone it does.
    expect(scoreOf([['没钱', 3, '', '']], '多少钱')).toBe(0)
    expect(scoreOf([['没钱', 3, '', '']], '钱')).toBe(40 + 40 - 1)
    expect(scoreOf([name('穷')], '穷吗')).toBe(0)
    expect(scoreOf([name('穷')], '穷')).toBe(200)
  })

  it('a part in common is the longest part of the term the query has, wherever it stands in the term', () => {
    expect(search(indexOf([['不能生活', 2, '', '']]), '老人生活')[0].matched).toBe('生活')
    expect(search(indexOf([['生活不能自理', 2, '', '']]), '我自理')[0].matched).toBe('自理')
    expect(scoreOf([['不能生活', 2, '', '']], '老人生活')).toBe(18 + 2 * 10)
    expect(scoreOf([['最低生活保障', 2, '', '']], '老人生活保')).toBe(18 + 3 * 10)
    // Of two parts as long, the first in the term.
    expect(search(indexOf([['看病住院', 2, '', '']]), '住院看病难')[0].matched).toBe('看病')
    expect(search(indexOf([['住院和看病', 2, '', '']]), '看病还是住院')[0].matched).toBe('住院')
  })

  it('a need matched by a query inside it is named by the whole need; by pinyin, by the need too', () => {
    expect(search(indexOf([['需要人照顾', 2, '', '']]), '照顾')[0].matched).toBe('需要人照顾')
    expect(search(indexOf([['看病', 2, 'kanbing', 'kb']]), 'kanbing')[0].matched).toBe('看病')
  })

  it('matches a part in common in a question of 40 characters, not in a longer one (a paste)', () => {
    const question = (n: number) => `老人生活${'村'.repeat(n - 4)}`
    expect(scoreOf([name('最低生活保障')], question(40))).toBe(30 + 2 * 10)
    expect(scoreOf([name('最低生活保障')], question(41))).toBe(0)
  })

  it('keeps a decimal point only inside a number, and drops one that ends the query', () => {
    expect(normalizeQuery('a1b.2', {})).toBe('a1b2')
    expect(normalizeQuery('65.', {})).toBe('65')
    expect(normalizeQuery('65.06', {})).toBe('65.06')
  })

  it('a query of letters and digits is read as Han, not as pinyin', () => {
    expect(scoreOf([name('db2站', 'db2zhan', 'dz')], 'db2')).toBe(100 + 60 - 1)
  })

  it('a part in common names the need it matched by the part typed, and is two Han characters at least', () => {
    const [hit] = search(indexOf([['生活不能自理', 2, '', '']]), '老人生活困难')
    expect([hit.matched, hit.matchedKind]).toEqual(['生活', 2])
    expect(search(indexOf([['80岁', 2, '', '']]), '68岁')).toEqual([])
    const [alias] = search(indexOf([['低保金', 1, '', '']]), '低保金额')
    expect(alias.matched).toBe('低保金')
  })
})

describe('generic words (补贴, 救助): a match on them alone counts only when nothing more is asked', () => {
  const index = {
    ...indexOf([]),
    benefits: [
      { id: 'orphan', name: 'x', category: 'hardship', summary: '', aliases: [], sections: [], terms: [name('孤儿补贴')] },
      { id: 'farmland-subsidy', name: 'y', category: 'farming', summary: '', aliases: [], sections: [], terms: [['种田', 2, '', '']] },
      { id: 'disability-living', name: 'z', category: 'hardship', summary: '', aliases: [], sections: [], terms: [name('残疾补助')] },
      { id: 'disability-care', name: 'w', category: 'hardship', summary: '', aliases: [], sections: [], terms: [name('护理补贴')] },
    ],
  } as unknown as BenefitIndex
  const ids = (q: string) => search(index, q).map((h) => h.entry.id)

  it('lists only what the particular words point to', () => {
    expect(ids('种田补贴')).toEqual(['farmland-subsidy'])
    expect(ids('儿补贴')).toEqual(['orphan'])
  })

  it('with nothing but generic words, lists every match; with two characters of its own, none of them', () => {
    expect(ids('补贴')).toEqual(['orphan', 'disability-care'])
    expect(ids('补贴有没有补助')).toEqual(['orphan', 'disability-living', 'disability-care'])
    expect(ids('种树补贴')).toEqual([])
    expect(ids('树补贴')).toEqual(['orphan', 'disability-care'])
  })
})
