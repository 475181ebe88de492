// How sure a bench ratio is. On a shared 2-core machine one page's Lighthouse TBT ranged 131–605 ms
// over five runs, the bare app's 131–410 ms, so a ratio of two medians can land on either side of a
// goal from one bench to the next. A percentile bootstrap (resample each side's runs with
// replacement, take the ratio of the medians, many times) gives the range the ratio would likely
// take on another bench of the same build, and a goal is called met or missed only when that whole
// range is on one side of it.
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

const resample = (xs, rng) => xs.map(() => xs[uniformInt(rng, 0, xs.length - 1)])

/**
 * median(app) / median(bare), with the central `level` (default 90 %) of the bootstrap
 * distribution of that ratio. A bare median of 0 is taken as 1 (Lighthouse's TBT can be 0).
 */
export function medianRatioInterval(app, bare, { level = 0.9, resamples = 4000, seed = 1 } = {}) {
  if (app.length === 0 || bare.length === 0) throw new Error('medianRatioInterval: no runs')
  const ratioOf = (a, b) => median(a) / Math.max(median(b), 1)
  const rng = xoroshiro128plus(seed) // seeded: the same runs always give the same interval
  const ratios = Array.from({ length: resamples }, () => ratioOf(resample(app, rng), resample(bare, rng))).sort((a, b) => a - b)
  const at = (q) => ratios[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]
  return { ratio: ratioOf(app, bare), low: at((1 - level) / 2), high: at(1 - (1 - level) / 2) }
}

/** '✓' when the whole interval meets `ratio ≤ goal`, '✗' when none of it does, '≈' when it straddles the goal. */
export function verdictAtMost({ low, high }, goal) {
  if (high <= goal) return '✓'
  if (low > goal) return '✗'
  return '≈'
}
