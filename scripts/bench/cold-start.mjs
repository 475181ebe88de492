// Cold start of a weapp bundle under the stand-in host: a fresh host loads app.js (and the vendor,
// Taro and common chunks it requires), launches the App, opens the first page and runs until that
// page's first setData. Median of `runs`, alternating with the bare app so drift hits both alike.
import { performance } from 'node:perf_hooks'
import { createHost } from '../lib/weapp-host.mjs'
import { median } from '../lib/ratio-interval.mjs'

async function coldStartMs(dir, route) {
  const started = performance.now()
  const host = createHost(dir)
  await host.launch()
  const page = await host.openPage(route, {})
  const first = page.payloadTimes[0]
  page.close()
  if (first === undefined) throw new Error(`${route} in ${dir} never called setData`)
  return first - started
}

/** Each side's times in ms over `runs` alternating cold starts, and their medians. */
export async function benchColdStart(app, bare, runs = 15) {
  const times = { app: [], bare: [] }
  for (let i = 0; i < runs; i++) {
    times.app.push(await coldStartMs(app.dir, app.route))
    times.bare.push(await coldStartMs(bare.dir, bare.route))
  }
  return { app: median(times.app), bare: median(times.bare), runs, times }
}
