// A bounded memo (src/domain/memo.ts): the 繁體 converter remembers what it converted, up to a limit.
import { memoize } from '../../src/domain/memo'

describe('memoize', () => {
  it('computes each argument once and gives the same answer again', () => {
    const seen: string[] = []
    const upper = memoize((s) => {
      seen.push(s)
      return s.toUpperCase()
    }, 10)
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A'])
    expect(seen).toEqual(['a', 'b'])
  })

  it('remembers a falsy answer too', () => {
    let calls = 0
    const empty = memoize(() => (calls++, ''), 10)
    expect([empty('x'), empty('x')]).toEqual(['', ''])
    expect(calls).toBe(1)
  })

  it('remembers at most `max` arguments; the rest are computed each time', () => {
    const seen: string[] = []
    const id = memoize((s) => (seen.push(s), s), 2)
    for (const s of ['a', 'b', 'c', 'a', 'b', 'c']) id(s)
    expect(seen).toEqual(['a', 'b', 'c', 'c'])
  })
})
