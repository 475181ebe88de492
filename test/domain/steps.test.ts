import * as fc from 'fast-check'
import { inSteps } from '../../src/domain/steps'

describe('inSteps: what a page renders one step at a time', () => {
  it('cuts a list into runs of the given size, the last one shorter', () => {
    expect(inSteps(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']])
    expect(inSteps(['a', 'b'], 3)).toEqual([['a', 'b']])
    expect(inSteps([], 3)).toEqual([])
  })

  it('keeps every item, in order, and no run is empty or too long', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 20 }), (items, size) => {
        const steps = inSteps(items, size)
        expect(steps.flat()).toEqual(items)
        for (const step of steps) expect(step.length).toBeGreaterThanOrEqual(1)
        for (const step of steps) expect(step.length).toBeLessThanOrEqual(size)
        expect(steps).toHaveLength(Math.ceil(items.length / size))
      }),
    )
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses a step size of %s', (size) => {
    expect(() => inSteps([1, 2], size)).toThrow(RangeError)
  })
})
