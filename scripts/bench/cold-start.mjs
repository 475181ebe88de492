// Cold start of a weapp bundle under the stand-in host: a fresh host loads app.js (and the vendor,
// Taro and common chunks it requires), launches the App, opens the first page and runs until that
// page's first setData. Median of `runs`, alternating with the bare app so drift hits both alike.
import { performance } from 'node:perf_hooks'
import { createHost } from '../lib/weapp-host.mjs'
import { median } from '../lib/ratio-interval.mjs'

// A phone starts the mini-program in a fresh JavaScript engine. Here every start shares one Node
// process, so each begins with a full collection of what the starts before it left behind: otherwise
// a start pays for its predecessor's garbage. `npm run bench` runs Node with --expose-gc for this.
function collectGarbage() {
  if (typeof globalThis.gc !== 'function') throw new Error('cold-start: run Node with --expose-gc (npm run bench does)')
  globalThis.gc()
}

async function coldStartMs(dir, route) {
  collectGarbage()
  const started = performance.now()
  const host = createHost(dir)
  await host.launch()
  const page = await host.openPage(route, {})
  const first = page.payloadTimes[0]
  page.close()
  if (first === undefined) throw new Error(`${route} in ${dir} never called setData`)
  return first - started
}

/**
 * Each side's times in ms over `runs` alternating cold starts, and their medians. The stand-in host is
 * itself JavaScript that Node compiles as it goes: untimed warm-up starts of both sides come first, and
 * the side that starts each pair alternates, so neither pays more of that warm-up than the other.
 */
export async function benchColdStart(app, bare, { runs = 15, warmUp = 5 } = {}) {
  const sides = { app, bare }
  for (let i = 0; i < warmUp; i++) for (const side of Object.values(sides)) await coldStartMs(side.dir, side.route)
  const times = { app: [], bare: [] }
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? ['bare', 'app'] : ['app', 'bare']) times[name].push(await coldStartMs(sides[name].dir, sides[name].route))
  }
  return { app: median(times.app), bare: median(times.bare), runs, warmUp, times }
}
