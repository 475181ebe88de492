// One random villager session on the production dist/weapp bundle under the stand-in host, with
// WeChat's page stack (wechat-router.mjs): taps on every element whose template binds tap, typing
// into search boxes, the phone's Back, the custom tab bar and the reading settings, while each
// navigation completes 0–30 ms later, so taps land on pages still opening. It reports an error the
// bundle logs or throws, a stack beyond WeChat's 10 pages, the same page twice in a row, a blank page,
// and a page whose heading is not the one its query names.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { createHost } from '../../scripts/lib/weapp-host.mjs'
import { QUERIES, randomSource } from './random.mjs'
import { WECHAT_MAX_PAGES, wechatRouter } from './wechat-router.mjs'

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const textOf = (node) => (!node || typeof node !== 'object' ? '' : (node.v ?? '') + (node.cn ?? []).map(textOf).join(''))
const keyOf = (page) => `/${page.route}${Object.keys(page.options ?? {}).length ? `?${new URLSearchParams(page.options)}` : ''}`
/** As the browser sessions: a page with nothing drawn 2 s after the last step is blank. */
const BLANK_AFTER_MS = 2000
const SETTING = /长辈模式|長輩模式|繁體|简体|簡體/

export async function runWeappSession({ root, seed, actions = 40, headings, maxDelay = 30, maxPause = 30 }) {
  const random = randomSource(seed)
  const delays = randomSource(seed + 0x9e3779b9)
  const steps = []
  const problems = []
  const step = (text) => steps.push(text)
  const tabRoutes = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')).tabBar.list.map((tab) => tab.pagePath)
  const router = wechatRouter({ tabRoutes, delay: () => delays.int(0, maxDelay) })
  const host = createHost(root, { router: router.route })
  router.attach(host)
  const reportErrors = () => {
    while (host.errors.length) problems.push(`error after step ${steps.length}: ${host.errors.shift()}`)
  }
  try {
    await host.launch()
    await router.launch('pages/report/index')
    for (let n = 0; n < actions; n++) {
      const kind = random.action()
      const page = router.top()
      const on = keyOf(page.instance)
      if (kind === 'back') {
        step(`Back (on ${on})${(await router.back()) ? '' : ': the first page, Back would leave the app'}`)
      } else {
        const tabBar = router.tabBar()
        const source = kind === 'tab' ? tabBar : page
        const elements = (source?.interactive() ?? []).filter((e) =>
          kind === 'type' ? e.kind === 'type' : e.kind === 'tap' && (kind !== 'setting' || SETTING.test(e.label)),
        )
        if (elements.length === 0) step(`${kind}: nothing to ${kind} on ${on}`)
        else {
          const element = random.pick(elements)
          if (kind === 'type') {
            const query = random.pick(QUERIES)
            step(`type ${JSON.stringify(query)} into 「${element.label}」 on ${on}`)
            page.typeInto(element, query)
          } else {
            step(`${kind} 「${element.label}」 on ${on}`)
            source.tapElement(element)
          }
        }
      }
      await sleep(random.int(0, maxPause))
      reportErrors()
      while (router.refused.length) problems.push(`a tap did nothing after step ${steps.length}: ${router.refused.shift()}`)
      // The stack as it stands between page moves (one under way has the old and new page both on it).
      if (router.moving()) continue
      const stack = router.stack()
      if (stack.length > WECHAT_MAX_PAGES) problems.push(`${stack.length} pages open after step ${steps.length}, beyond WeChat's ${WECHAT_MAX_PAGES}`)
      const keys = stack.map(keyOf)
      if (keys.some((key, i) => i > 0 && key === keys[i - 1])) {
        problems.push(`the same page twice in a row after step ${steps.length}: ${keys.join(' → ')}`)
        break
      }
    }
    await router.idle()
    // A page that failed to draw shows its error screen and keeps the error on the phone (src/platform/error-log.ts).
    for (const e of JSON.parse(host.store.get('huaqiao.errors') || '[]')) problems.push(`${e.page} failed to draw (kept on the phone): ${e.message}`)
    // A page still drawing is not blank: under load (npm test runs 16 sessions beside the browser
    // tests) its first setData can come later than 50 ms. Blank means nothing drawn within 2 s.
    const last = router.top().instance
    for (let waited = 0; waited < BLANK_AFTER_MS && !textOf(last.data.root).trim(); waited += 50) await sleep(50)
    reportErrors()
    const text = textOf(last.data.root)
    if (!text.trim()) problems.push(`blank page at the end: ${keyOf(last)}`)
    const expected = headings.get(keyOf(last).replace(/&p=\d+$/, ''))
    if (expected && !toSimplified(text).includes(expected)) problems.push(`${keyOf(last)} does not show 「${expected}」`)
  } catch (err) {
    problems.push(`the session could not go on after step ${steps.length}: ${err.stack?.split('\n').slice(0, 3).join(' ')}`)
  }
  return { steps, problems }
}
