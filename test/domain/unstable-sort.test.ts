// The oldest engines the builds claim (Chrome 53 on the web, WeChat's X5) sort more than ten items
// unstably. Results of equal score must still keep the editors' order (benefits) and the reading order
// (report sentences) there: run here with a sort that puts equal items in reverse.
import { stableSort } from '../../src/domain/lists'
import { benefitIndex } from '../../src/domain/benefits/benefit-index'
import { search } from '../../src/domain/search/search'
import { searchSite } from '../../src/domain/search/site-search'

/** `fn` run with Array.prototype.sort as an engine whose sort is not stable: equal items come out reversed. */
function withUnstableSort<T>(fn: () => T): T {
  const stable = Array.prototype.sort
  Array.prototype.sort = function <U>(this: U[], compare?: (a: U, b: U) => number) {
    const reversed = stable.call([...this].reverse(), compare)
    reversed.forEach((item, i) => (this[i] = item))
    return this
  }
  try {
    return fn()
  } finally {
    Array.prototype.sort = stable
  }
}

describe('on an engine whose sort is not stable', () => {
  it('the stand-in sort really does reverse equal items (so the tests below can fail)', () => {
    const items = [{ k: 1, n: 'a' }, { k: 1, n: 'b' }, { k: 0, n: 'c' }]
    expect(withUnstableSort(() => [...items].sort((x, y) => x.k - y.k).map((x) => x.n))).toEqual(['c', 'b', 'a'])
    expect(withUnstableSort(() => stableSort(items, (x, y) => x.k - y.k).map((x) => x.n))).toEqual(['c', 'a', 'b'])
  })

  it('benefits of equal score keep the editors’ order', () => {
    const ids = (q: string) => search(benefitIndex, q).map((h) => h.entry.id)
    for (const q of ['补贴', '老人', '孩子', '看病']) expect(withUnstableSort(() => ids(q)), q).toEqual(ids(q))
    expect(withUnstableSort(() => ids('补贴')).slice(0, 3)).toEqual(['farmland-subsidy', 'rice-subsidy', 'cotton-subsidy'])
  })

  it('report sentences of equal score keep the reading order, and a situation’s benefits their rank', () => {
    const site = (q: string) => {
      const r = searchSite(q)
      return [r.benefits.map((h) => h.entry.id), r.report.map((h) => h.sentence.text)]
    }
    for (const q of ['发放', '工作', '孩子刚出生有什么补贴', '八十岁', '生病住院没钱']) expect(withUnstableSort(() => site(q)), q).toEqual(site(q))
  })
})
