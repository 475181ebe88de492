// Screens of the production dist/weapp as WeChat would draw them (scripts/lib/weapp-render.mjs), with
// each page's real data from the stand-in host (scripts/lib/weapp-host.mjs): used by the render tests
// and `npm run screenshots`.
import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { createHost, TIMELINE_SCENE } from './weapp-host.mjs'
import { compileWeapp, screenHtml } from './weapp-render.mjs'

export const WEAPP_DIR = join(import.meta.dirname, '..', '..', 'dist', 'weapp')

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg' }

/** Images in the tree are data URIs or package paths; a package file is inlined from the build. */
const assetUrl = (src) =>
  src.startsWith('data:') || !src ? src : `data:${MIME[extname(src)] ?? 'application/octet-stream'};base64,${readFileSync(join(WEAPP_DIR, src.replace(/^\//, ''))).toString('base64')}`

export function weappScreens(dir = WEAPP_DIR) {
  const compiled = compileWeapp(dir)
  const tabPages = new Set(compiled.appJson.tabBar?.list?.map((tab) => tab.pagePath) ?? [])
  const hosts = new Map()

  /** One launched app per set of stored settings, as on a phone where the villager chose them. */
  async function hostFor(settings) {
    const key = JSON.stringify(settings)
    if (!hosts.has(key)) {
      const { village, scene, ...reader } = settings
      const storage = { 'huaqiao.settings': JSON.stringify({ v: 1, ...reader }), ...(village ? { 'huaqiao.village': village } : {}) }
      const host = createHost(dir, { storage, scene })
      await host.launch()
      hosts.set(key, host)
    }
    return hosts.get(key)
  }

  /**
 * The HTML of one screen: `route` like 'pages/section/index', `query` its link parameters, `settings`
 * the villager's stored choices (and `scene`, WeChat's launch scene, 1154 for 单页模式).
 */
  async function screen(route, query = {}, settings = { largeText: false, script: 'simplified' }) {
    const host = await hostFor(settings)
    const page = await host.openPage(route, query)
    // WeChat draws no tab bar in 单页模式 (settings.scene 1154, a page opened from the 朋友圈).
    const tabBar = tabPages.has(route) && compiled.appJson.tabBar.custom && settings.scene !== TIMELINE_SCENE ? await host.attachTabBar(page.instance) : null
    const html = screenHtml(compiled, {
      route,
      pageTree: compiled.tree(`${route}.wxml`, page.instance.data),
      tabBarTree: tabBar && compiled.tree('custom-tab-bar/index.wxml', tabBar.instance.data),
      assetUrl,
    })
    tabBar?.detach()
    page.close()
    const errors = [...host.errors.splice(0), ...compiled.warnings.splice(0)]
    return { html, errors, violations: host.violations }
  }

  return { screen, compiled }
}

/** Splits 'pages/section/index?id=economy' into the route and its query. */
export function parseLink(link) {
  const [path, search = ''] = link.replace(/^\//, '').split('?')
  return { route: path, query: Object.fromEntries(new URLSearchParams(search)) }
}
