// The seeded randomness and the inputs every random villager session draws from, on both builds.
// A session is a pure function of its seed: the same seed taps, types and waits the same way.
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** What a villager types into a search box: everyday words, pinyin, and input no one plans for. */
export const QUERIES = [
  '医保',
  '低保',
  '修路',
  '种田补贴多少钱一亩',
  'dibao',
  'db',
  'lhc',
  '養老金',
  '我妈80多岁了能领什么钱',
  '',
  ' ',
  '   医保   ',
  '？？？',
  '%',
  '%E4%ZZ',
  '100%',
  '../',
  '<script>alert(1)</script>',
  "'; DROP TABLE",
  '\\',
  '{{x}}',
  '🙂🙂',
  '2024',
  '0734',
  '补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴补贴',
  'a'.repeat(300),
  '\u200b',
  '\u0000',
]

/** What one action is, by share of all actions (out of 100). */
export const ACTION_WEIGHTS = { tap: 55, back: 15, type: 12, tab: 12, setting: 6 }

export function randomSource(seed) {
  const rng = xoroshiro128plus(seed)
  const int = (min, max) => uniformInt(rng, min, max)
  const pick = (items) => items[int(0, items.length - 1)]
  const action = () => {
    let roll = int(0, 99)
    for (const [kind, weight] of Object.entries(ACTION_WEIGHTS)) {
      if (roll < weight) return kind
      roll -= weight
    }
    return 'tap'
  }
  return { int, pick, action }
}

/** The steps of a failed session, and the one command that replays it. */
export function failureReport({ target, seed, actions, steps, problems }) {
  return [
    `random session ${target} seed ${seed}: ${problems.length} problem(s)`,
    ...problems.map((p) => `  ✗ ${p}`),
    '  steps:',
    ...steps.map((s, i) => `   ${String(i + 1).padStart(2)}. ${s}`),
    `  replay: npm run sessions -- --target ${target} --seed ${seed} --actions ${actions}`,
  ].join('\n')
}

/**
 * Runs `run(seed)` for seeds first..first+count-1, `concurrency` at a time (a session mostly waits on
 * late scripts and a villager's pauses, so several share the cores well). Gives the failure reports.
 */
export async function runSessions({ first = 1, count, concurrency = 1, target, actions, run }) {
  const failures = []
  let next = first
  const worker = async () => {
    while (next < first + count) {
      const seed = next++
      const { steps, problems } = await run(seed)
      if (problems.length) failures.push(failureReport({ target, seed, actions, steps, problems }))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return failures
}
