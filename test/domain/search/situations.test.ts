// A question read as the situation finder's answers (src/domain/search/situations.ts): ages as said, the
// words villagers use, and the finder's rules ranked for what was said.
import { agesIn, situationFits, withoutAges, type SituationData } from '../../../src/domain/search/situations'
import { deriveSituations } from '../../../scripts/content/derive-benefits.mjs'

describe('ages as villagers say them', () => {
  it.each([
    ['我今年68岁', [68]],
    ['68周岁', [68]],
    ['六十多', [60]],
    ['六十多了', [60]],
    ['八十了', [80]],
    ['七十五岁', [75]],
    ['七八十岁', [70]],
    ['十多岁的孩子', [10]],
    ['十二岁', [12]],
    ['两岁', [2]],
    ['3岁', [3]],
    ['60岁以后', [60]],
    ['50多岁', [50]],
    ['六十出头', [60]],
    ['六十来岁', [60]],
    ['爸爸72岁妈妈68岁', [72, 68]],
  ])('%s → %j', (query, ages) => {
    expect(agesIn(query)).toEqual(ages)
  })

  it('reads ages up to 120', () => {
    expect(agesIn('120岁')).toEqual([120])
    expect(agesIn('121岁')).toEqual([])
  })

  it.each(['10多万元', '20多人', '80多户', '2024年', '三个孩子', '一亩多', '150岁', '68'])('%s is no age', (query) => {
    expect(agesIn(query)).toEqual([])
  })

  it('takes an age (and 以后 after it) out of the question, leaving a break', () => {
    expect(withoutAges('我68岁以后领多少')).toBe('我|领多少')
    expect(withoutAges('六十多了吗')).toBe('|吗')
    expect(withoutAges('20多人')).toBe('20多人')
  })
})

// Two answers said with words, one with ages, one never said; rules in the finder's order.
const data: SituationData = {
  answers: [{ says: ['生病', '住院'] }, { says: ['没钱', '没收入'] }, { ages: [60, 79] }, {}],
  rules: [
    ['dibao', [[1]], '困难'],
    ['medical-assistance', [[0], [1, 3]], '病又困难'],
    ['temporary-relief', [[0, 2, 3]], '突然'],
    ['medical-insurance', [[0]], '看病'],
    ['pension', [[2]], '老人'],
    ['tekun', [[2, 3], [1]], '老又困难'],
    ['orphan', [[3]], '没人说'],
  ],
}
const fits = (q: string) => situationFits(data, q).map((f) => `${f.benefit}:${f.reason}`)

describe('the finder’s rules for what a question says', () => {
  it('a rule counts when its first condition is said; its others are left to its reason', () => {
    expect(fits('住院')).toEqual(['medical-insurance:看病', 'medical-assistance:病又困难', 'temporary-relief:突然'])
    expect(fits('68岁')).toEqual(['pension:老人', 'tekun:老又困难', 'temporary-relief:突然'])
    // Both ends of an answer's ages belong to it.
    expect(fits('60岁')).toEqual(fits('68岁'))
    expect(fits('79岁')).toEqual(fits('68岁'))
    expect(fits('80岁')).toEqual([])
    // 没钱 is in the second condition of 医疗救助 and 特困 only: it leads to 低保 alone.
    expect(fits('没钱')).toEqual(['dibao:困难'])
  })

  it('ranks the rules made for just what was said first, then those fully said, then those with more said', () => {
    expect(fits('生病没钱')).toEqual(['medical-assistance:病又困难', 'dibao:困难', 'medical-insurance:看病', 'temporary-relief:突然'])
    expect(fits('68岁没收入')).toEqual(['dibao:困难', 'pension:老人', 'tekun:老又困难', 'temporary-relief:突然'])
  })

  it('reads the longest word first and counts each answer once; says nothing for words it does not know', () => {
    const overlapping: SituationData = { answers: [{ says: ['房子', '房子漏雨'] }, { says: ['漏雨'] }], rules: [['housing-repair', [[0]], '房'], ['drinking-water', [[1]], '雨']] }
    expect(situationFits(overlapping, '房子漏雨').map((f) => f.benefit)).toEqual(['housing-repair'])
    expect(situationFits(overlapping, '漏雨了').map((f) => f.benefit)).toEqual(['drinking-water'])
    expect(fits('修路')).toEqual([])
    expect(fits('')).toEqual([])
  })

  it('gives a benefit once, with the reason of its best rule', () => {
    const twice: SituationData = { answers: [{ says: ['老人'] }, { says: ['看病'] }], rules: [['medical-insurance', [[0, 1]], '老人或病'], ['medical-insurance', [[1]], '看病']] }
    expect(situationFits(twice, '老人看病')).toEqual([{ benefit: 'medical-insurance', reason: '看病' }])
  })
})

describe('the finder content the search reads (content/benefits/finder.json says and ages)', () => {
  const finder = (answers: object[]) => ({ questions: [{ id: 'q', answers }], rules: [{ benefit: 'dibao', when: [['a']], reason: '因为' }], always: [] })

  it('ships each answer’s words (less those a shorter word of its own already finds) and ages, and the rules by place', () => {
    const shipped = deriveSituations(finder([{ id: 'x', text: 'X' }, { id: 'a', text: '困难', says: ['没钱', '家里没钱', '穷'], ages: [60, 79] }]))
    expect(shipped).toEqual({ answers: [{}, { says: ['没钱', '穷'], ages: [60, 79] }], rules: [['dibao', [[1]], '因为']] })
  })

  it.each([
    [[{ id: 'a', text: '困难', says: ['没 钱'] }], /答案「困难」：says 里的「没 钱」要写成汉字/],
    [[{ id: 'a', text: '困难', says: ['没钱'] }, { id: 'b', text: '老人', says: ['没钱'] }], /答案「老人」：「没钱」已经写在「困难」里了/],
    [[{ id: 'a', text: '老人', ages: [79, 60] }], /答案「老人」：ages 要写成 \[最小岁数, 最大岁数\]/],
    [[{ id: 'a', text: '老人', ages: [60] }], /ages 要写成/],
    [[{ id: 'a', text: '老人', ages: [60, 200] }], /都是 0 到 120 的整数/],
    [[{ id: 'a', text: '老人', ages: [-1, 20] }], /ages 要写成/],
    [[{ id: 'a', text: '老人', ages: [1.5, 20] }], /ages 要写成/],
    [[{ id: 'a', text: '困难' }, { id: 'b', text: '低保户', says: ['吃低保'] }], /答案「低保户」：写了 says 或 ages，但没有哪条规则的第一组条件有这个答案/],
  ])('stops with a message the clerk reads: %j', (answers, message) => {
    expect(() => deriveSituations(finder(answers))).toThrow(message)
  })
})
