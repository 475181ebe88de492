#!/usr/bin/env node
// npm run bench: sizes, speed and Lighthouse numbers from this run, beside a bare Taro React app
// built in the same run (the floor of this stack). Prints one table and writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process'
import { writeFileSync, mkdirSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { getLogNormalScore } from 'lighthouse/shared/statistics.js'
import TotalBlockingTime from 'lighthouse/core/audits/metrics/total-blocking-time.js'
import { BUDGETS } from '../budgets.mjs'
import { launchBrowser } from '../lib/browser.mjs'
import { AUDITED_PAGES } from '../lib/audited-pages.mjs'
import { startLighthouse } from '../lib/lighthouse.mjs'
import { initialJs } from '../lib/measure-h5.mjs'
import { serveStatic } from '../lib/static-server.mjs'
import { inspectWeapp } from '../lib/weapp-project.mjs'
import { benchSearch } from './search.mjs'
import { largestSetData } from './setdata.mjs'
import { benchColdStart } from './cold-start.mjs'
import { precompress } from '../lib/precompress.mjs'
import { writeTextFloor } from './text-floor.mjs'
import { median, medianRatioInterval, verdictAtMost } from '../lib/ratio-interval.mjs'

const root = join(import.meta.dirname, '..', '..')
const bare = join(import.meta.dirname, 'bare-app')
// Seven: on a shared 2-core machine one page's TBT ranged 131–605 ms over five runs, and a median of
// three moved a page across the 1.5× line from one bench to the next. Each ratio is printed with its
// bootstrap range (ratio-interval.mjs); more runs narrow it (LIGHTHOUSE_RUNS=11 npm run bench).
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 7)
const BARE_PAGE = 'bare Taro app'
const TEXT_FLOOR_PAGE = "bare Taro app + this app's first screen (reference)"

/** A cold production build: the app through its npm script (the H5 one writes the first screen), the bare app with Taro alone. */
function timedBuild(cwd, type) {
  const started = Date.now()
  const [cmd, args] = cwd === root ? ['npm', ['run', '--silent', `build:${type}`]] : ['npx', ['taro', 'build', '--type', type]]
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, NODE_ENV: 'production', TARO_CACHE: '0' }, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`build ${type} in ${cwd} failed:\n${r.stderr.slice(-2000)}`)
  return (Date.now() - started) / 1000
}

console.log('bench: building the app and the bare Taro app (production)…')
const builds = {
  app: { weapp: timedBuild(root, 'weapp'), h5: timedBuild(root, 'h5') },
  bare: { weapp: timedBuild(bare, 'weapp'), h5: timedBuild(bare, 'h5') },
}

console.log('bench: sizes…')
const weapp = { app: await inspectWeapp(join(root, 'dist', 'weapp')), bare: await inspectWeapp(join(bare, 'dist', 'weapp')) }
const browser = await launchBrowser()
const h5 = {}
for (const [name, dir] of [
  ['app', join(root, 'dist', 'h5')],
  ['bare', join(bare, 'dist', 'h5')],
]) {
  const server = await serveStatic(dir)
  h5[name] = await initialJs(browser, server.url, name === 'app' ? '/pages/report/index' : '/pages/index/index', dir)
  await server.close()
}
await browser.close()

console.log(`bench: Lighthouse, ${LIGHTHOUSE_RUNS} runs per page, this app and the bare app served alike…`)
precompress(join(bare, 'dist', 'h5'))
const textFloorDir = join(bare, 'dist', 'h5-text-floor')
writeTextFloor({ appDir: join(root, 'dist', 'h5'), bareDir: join(bare, 'dist', 'h5'), outDir: textFloorDir })
const servers = {
  app: await serveStatic(join(root, 'dist', 'h5')),
  bare: await serveStatic(join(bare, 'dist', 'h5')),
  textFloor: await serveStatic(textFloorDir),
}
const targets = [
  ...Object.entries(AUDITED_PAGES).map(([name, hash]) => [name, `${servers.app.url}#${hash}`]),
  [BARE_PAGE, `${servers.bare.url}#/pages/index/index`],
  [TEXT_FLOOR_PAGE, `${servers.textFloor.url}#/pages/index/index`],
]
const lighthouseRuns = Object.fromEntries(targets.map(([name]) => [name, []]))
// Round by round, so a busy moment of the machine falls on every page alike.
const auditor = await startLighthouse()
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) for (const [name, url] of targets) lighthouseRuns[name].push(await auditor.run(url))
await auditor.stop()
const lighthouse = Object.fromEntries(
  Object.entries(lighthouseRuns).map(([name, runs]) => {
    const pick = (f) => median(runs.map(f))
    return [
      name,
      {
        performance: pick((r) => r.scores.performance),
        accessibility: pick((r) => r.scores.accessibility),
        bestPractices: pick((r) => r.scores['best-practices']),
        seo: pick((r) => r.scores.seo),
        lcpMs: pick((r) => r.lcpMs),
        fcpMs: pick((r) => r.fcpMs),
        tbtMs: pick((r) => r.tbtMs),
        cls: pick((r) => r.cls),
        performanceRuns: runs.map((r) => r.scores.performance),
        lcpRuns: runs.map((r) => Math.round(r.lcpMs)),
        fcpRuns: runs.map((r) => Math.round(r.fcpMs)),
        tbtRuns: runs.map((r) => Math.round(r.tbtMs)),
        observedFcpRuns: runs.map((r) => Math.round(r.observedFcpMs)),
        observedLcpRuns: runs.map((r) => Math.round(r.observedLcpMs)),
      },
    ]
  }),
)
for (const server of Object.values(servers)) await server.close()

console.log('bench: weapp cold start under the stand-in host…')
const coldStart = await benchColdStart(
  { dir: join(root, 'dist', 'weapp'), route: 'pages/report/index' },
  { dir: join(bare, 'dist', 'weapp'), route: 'pages/index/index' },
)

console.log('bench: search and setData…')
const search = await benchSearch(10000)
const setData = await largestSetData(root)

const ratio = (a, b) => `${(a / b).toFixed(2)}×`
const rows = [
  ['| measure | this app | bare Taro React app | ratio | budget |', '|---|---|---|---|---|'],
  [
    `| weapp main package (as WeChat counts it) | ${weapp.app.mainPackageBytes} B | ${weapp.bare.mainPackageBytes} B | ${ratio(weapp.app.mainPackageBytes, weapp.bare.mainPackageBytes)} | ${BUDGETS.weappMainPackageBytes} B |`,
  ],
  [
    `| weapp all packages | ${weapp.app.totalBytes} B | ${weapp.bare.totalBytes} B | ${ratio(weapp.app.totalBytes, weapp.bare.totalBytes)} | ${BUDGETS.weappTotalBytes} B |`,
  ],
  [
    `| H5 JS loaded at start (gzip) | ${h5.app.gzipBytes} B (${h5.app.files.length} files) | ${h5.bare.gzipBytes} B (${h5.bare.files.length} files) | ${ratio(h5.app.gzipBytes, h5.bare.gzipBytes)} | ${BUDGETS.h5InitialJsGzipBytes} B |`,
  ],
  [`| weapp build time | ${builds.app.weapp.toFixed(1)} s | ${builds.bare.weapp.toFixed(1)} s | ${ratio(builds.app.weapp, builds.bare.weapp)} | |`],
  [`| H5 build time | ${builds.app.h5.toFixed(1)} s | ${builds.bare.h5.toFixed(1)} s | ${ratio(builds.app.h5, builds.bare.h5)} | |`],
].flat()
const floor = lighthouse[BARE_PAGE]
const textFloor = lighthouse[TEXT_FLOOR_PAGE]
const home = lighthouse['report home']
/** Performance score points a TBT earns (Lighthouse's own curve, weight 30). */
const tbtPoints = (ms) => 30 * getLogNormalScore(TotalBlockingTime.defaultOptions.mobile.scoring, ms)
const pointsLost = (from, to) => (tbtPoints(from) - tbtPoints(to)).toFixed(1)
const msPerTbtPoint = (ms) => 10 / (tbtPoints(ms) - tbtPoints(ms + 10))
/** "94 vs 96 ≈": the performance medians, ✓/✗ only when every bootstrap range of reference ÷ page is ≤ 1 / > 1. */
const scoreAgainst = (page, reference) =>
  `${page.performance} vs ${reference.performance} ${verdictAtMost(medianRatioInterval(reference.performanceRuns, page.performanceRuns), 1)}`
/** "1.31× (0.92–1.84×)": the ratio of the medians and its bootstrap range. */
const formatRange = ({ ratio: r, low, high }) => `${r.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}×)`
const ratioRange = (appRuns, bareRuns) => formatRange(medianRatioInterval(appRuns, bareRuns))
/** The same, with the verdict against `goal` (✗ whatever the range when `alsoMet` is false). */
const against = (appRuns, bareRuns, goal, alsoMet = true) => {
  const interval = medianRatioInterval(appRuns, bareRuns)
  return `${formatRange(interval)} ${alsoMet ? verdictAtMost(interval, goal) : '✗'}`
}
const lhRows = [
  '| page | performance | LCP | FCP | TBT | CLS | accessibility | best practices | SEO | FCP of each run | TBT of each run |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...Object.entries(lighthouse).map(
    ([name, r]) =>
      `| ${name} | ${r.performance} | ${Math.round(r.lcpMs)} ms | ${Math.round(r.fcpMs)} ms | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcpRuns.join(' / ')} ms | ${r.tbtRuns.join(' / ')} ms |`,
  ),
  '',
  // Seen in about half the runs when Lighthouse ran from its command line (a browser per run), and less
  // often through its Node API with one browser (1 of 12 app runs at 314621e). Said only when a page's
  // runs differ by over 300 ms.
  ...(Object.values(lighthouse).some((r) => Math.max(...r.fcpRuns) - Math.min(...r.fcpRuns) > 300)
    ? [
        "FCP of this app's pages is two-valued on this machine: in some runs headless Chromium presents the first frame about 1 s after the page painted it (in the trace the renderer paints at about 230 ms and the compositor draws at about 1,210 ms; it happens to the static first screen with no script at all, and was never seen on the bare app). Lighthouse then counts everything before that late frame toward FCP and LCP. The per-run column shows which runs were hit.",
        '',
      ]
    : []),
  'Against the bare app (goals: performance ≥ bare; LCP ≤ 1.0× and ≤ 2,000 ms; FCP ≤ 1.2×; TBT ≤ 1.5×). Each ratio is of the two medians, with the range 90 % of bootstrap resamples of the runs give it (scripts/lib/ratio-interval.mjs): ✓ when the whole range meets the goal, ✗ when none of it does, ≈ when the runs cannot tell. The performance score is judged the same way, on the ratio of the two scores.',
  '',
  '| page | performance | LCP | FCP | TBT | score points TBT costs against the bare app |',
  '|---|---|---|---|---|---|',
  ...Object.entries(lighthouse)
    .filter(([name]) => name !== BARE_PAGE)
    .map(
      ([name, r]) =>
        `| ${name} | ${scoreAgainst(r, floor)} | ${against(r.lcpRuns, floor.lcpRuns, 1, r.lcpMs <= 2000)} | ${against(r.fcpRuns, floor.fcpRuns, 1.2)} | ${against(r.tbtRuns, floor.tbtRuns, 1.5)} | ${pointsLost(floor.tbtMs, r.tbtMs)} |`,
    ),
  '',
  `The last row is not a page of this app. It is the bare app with the report home's first screen written into its index.html, as this app's build writes it, and none of this app's scripts (scripts/bench/text-floor.mjs): it lays out the same screen of Chinese text and then runs only the bare app. Its own row above is what laying out that screen costs against the bare app's one line of Latin text. The report home against it, with the same goals (what this app's scripts cost on top):`,
  '',
  '| page | performance | LCP | FCP | TBT |',
  '|---|---|---|---|---|',
  `| report home against the reference | ${scoreAgainst(home, textFloor)} | ${against(home.lcpRuns, textFloor.lcpRuns, 1, home.lcpMs <= 2000)} | ${against(home.fcpRuns, textFloor.fcpRuns, 1.2)} | ${against(home.tbtRuns, textFloor.tbtRuns, 1.5)} |`,
  '',
  `TBT weighs 30 of Lighthouse's 100 points (scored on a log-normal curve, 90 % at 200 ms, 50 % at 600 ms). At the bare app's TBT, every ${Math.round(msPerTbtPoint(floor.tbtMs))} ms more costs about one point, so a page at the allowed 1.5× TBT scores about ${pointsLost(floor.tbtMs, 1.5 * floor.tbtMs)} points under the bare app on TBT alone: "performance ≥ the bare app" asks for TBT within about ${Math.round(msPerTbtPoint(floor.tbtMs))} ms of it.`,
  '',
  "The paints as Lighthouse observed them, before it simulated a slow phone over the load (no CPU slowdown, the machine's own network; medians, with each ratio's bootstrap range). The simulation takes its FCP from the first tasks that parse, lay out and paint: for the bare app that is a blank frame, though its one line of text paints only after its scripts have run (docs/h5-speed.md).",
  '',
  '| page | observed FCP | observed LCP | FCP against the bare app | LCP against the bare app |',
  '|---|---|---|---|---|',
  ...Object.entries(lighthouse).map(
    ([name, r]) =>
      `| ${name} | ${median(r.observedFcpRuns)} ms | ${median(r.observedLcpRuns)} ms | ${name === BARE_PAGE ? '' : ratioRange(r.observedFcpRuns, floor.observedFcpRuns)} | ${name === BARE_PAGE ? '' : ratioRange(r.observedLcpRuns, floor.observedLcpRuns)} |`,
  ),
]
const coldRows = [
  '| | this app (pages/report/index) | bare Taro app | ratio | goal |',
  '|---|---|---|---|---|',
  `| load the bundle → first setData (median of ${coldStart.runs}, each after a full garbage collection, alternating sides after ${coldStart.warmUp} warm-up starts each) | ${coldStart.app.toFixed(1)} ms | ${coldStart.bare.toFixed(1)} ms | ${against(coldStart.times.app, coldStart.times.bare, 1.3)} | ≤ 1.30× |`,
]
const searchRow = (name, t, index) =>
  `| ${name} | ${search.queries} | ${t.medianMs.toFixed(4)} ms | ${t.p99Ms.toFixed(3)} ms | ${t.worstMs.toFixed(3)} ms | ${t.slowestQueryRetimedMs.toFixed(3)} ms (budget ${BUDGETS.searchSlowestQueryMs} ms) | ${index} |`
const searchRows = [
  '| search | queries | median | p99 | worst (one run) | slowest query, re-timed (median of 21) | data shipped |',
  '|---|---|---|---|---|---|---|',
  searchRow('benefits (惠民政策 tab)', search, `${search.indexBytes} B (${search.indexGzipBytes} B gzip)`),
  searchRow('benefits + report (search page)', search.site, `+ ${search.reportIndexBytes} B (${search.reportIndexGzipBytes} B gzip) vocabulary`),
]
if (search.site.slowestQueryRetimedMs > BUDGETS.searchSlowestQueryMs) {
  console.error(`bench: the slowest search query takes ${search.site.slowestQueryRetimedMs.toFixed(3)} ms, over the ${BUDGETS.searchSlowestQueryMs} ms budget`)
  process.exitCode = 1
}
const setDataRows = [
  '| page | largest setData payload | budget |',
  '|---|---|---|',
  ...Object.entries(setData).map(([route, bytes]) => `| ${route} | ${bytes} B | ${BUDGETS.setDataPayloadBytes} B |`),
]

const machine = `${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
const doc = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` (${machine}). Every number comes from that run; nothing here is typed by hand.`,
  "The bare Taro React app (scripts/bench/bare-app) is two empty pages built with the template's settings in the same run: the floor of this stack.",
  `Lighthouse: mobile form factor with its default (simulated slow-4G) throttling, median of ${LIGHTHOUSE_RUNS} runs per page, against the production H5 builds of this app and of the bare app, both served on 127.0.0.1 as deployed (precompressed brotli/gzip, long cache for hashed files). On a shared 2-core machine absolute times drift from run to run; compare the ratios.`,
  '',
  '## Size and build time',
  '',
  ...rows,
  '',
  '## Lighthouse (H5)',
  '',
  ...lhRows,
  '',
  '## weapp cold start (stand-in host, Node)',
  '',
  ...coldRows,
  '',
  '## Benefit search (10,000 generated queries, seeded)',
  '',
  ...searchRows,
  '',
  '## setData (weapp bundle under the stand-in host)',
  '',
  ...setDataRows,
  '',
].join('\n')
mkdirSync(join(root, 'docs'), { recursive: true })
writeFileSync(join(root, 'docs', 'benchmarks.md'), doc)
console.log(`\n${doc}`)
console.log('bench: wrote docs/benchmarks.md')
process.exit(0)
