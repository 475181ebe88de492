// The bench calls a goal met or missed only when the bootstrap interval of the ratio is wholly on one
// side of it; these runs are the shapes the bench meets (numbers from real benches of this app).
import { median, medianRatioInterval, verdictAtMost } from '../../scripts/lib/ratio-interval.mjs'

describe('median', () => {
  it('takes the middle run, or the mean of the middle two', () => {
    expect(median([410, 131, 287, 148, 253])).toBe(253)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('medianRatioInterval', () => {
  const bare = [131, 253, 287, 410, 148]

  it('gives the ratio of the medians, inside its interval', () => {
    const app = [445, 464, 401, 520, 430]
    const r = medianRatioInterval(app, bare)
    expect(r.ratio).toBeCloseTo(445 / 253, 6)
    expect(r.low).toBeLessThanOrEqual(r.ratio)
    expect(r.high).toBeGreaterThanOrEqual(r.ratio)
  })

  it('is wide when the runs scatter and narrow when they agree', () => {
    const scattered = medianRatioInterval([131, 222, 477, 568, 605], bare)
    const steady = medianRatioInterval([300, 302, 304, 306, 308], [200, 201, 202, 203, 204])
    expect(scattered.high - scattered.low).toBeGreaterThan(1)
    expect(steady.high - steady.low).toBeLessThan(0.05)
    expect(steady.low).toBeGreaterThan(1.45)
    expect(steady.high).toBeLessThan(1.55)
  })

  it('gives the same interval for the same runs (seeded), and a wider one at a higher level', () => {
    const app = [131, 222, 477, 568, 605]
    expect(medianRatioInterval(app, bare)).toEqual(medianRatioInterval(app, bare))
    const at90 = medianRatioInterval(app, bare, { level: 0.9 })
    const at50 = medianRatioInterval(app, bare, { level: 0.5 })
    expect(at90.high - at90.low).toBeGreaterThan(at50.high - at50.low)
  })

  it('takes a bare median of 0 ms as 1 ms instead of dividing by zero', () => {
    const r = medianRatioInterval([30, 40, 50], [0, 0, 0])
    expect(r.ratio).toBe(40)
    expect(Number.isFinite(r.high)).toBe(true)
  })

  it('refuses an empty side', () => {
    expect(() => medianRatioInterval([], bare)).toThrow(/no runs/)
  })
})

describe('verdictAtMost', () => {
  it('says met, missed or within the noise', () => {
    expect(verdictAtMost({ low: 1.1, high: 1.4 }, 1.5)).toBe('✓')
    expect(verdictAtMost({ low: 1.6, high: 2.3 }, 1.5)).toBe('✗')
    expect(verdictAtMost({ low: 1.2, high: 1.9 }, 1.5)).toBe('≈')
  })

  it('calls clearly separated runs missed and equal runs met', () => {
    expect(verdictAtMost(medianRatioInterval([600, 610, 620, 630, 640], [200, 205, 210, 215, 220]), 1.5)).toBe('✗')
    expect(verdictAtMost(medianRatioInterval([200, 205, 210, 215, 220], [200, 205, 210, 215, 220]), 1.5)).toBe('✓')
  })
})
