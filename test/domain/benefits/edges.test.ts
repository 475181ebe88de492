// Edges and exact wording the mutation audit (npm run mutation, docs/mutation.md) found unpinned:
// each test here failed against at least one planted bug that the rest of the suite let through.
import type { FinderData } from '../../../src/domain/benefits/types'
import { benefitView, findBenefit } from '../../../src/domain/benefits/details'
import { categoryName } from '../../../src/domain/benefits/benefit-index'
import { findBenefits } from '../../../src/domain/benefits/finder'

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

describe('the finder at its edges', () => {
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
})
