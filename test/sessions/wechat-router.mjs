// WeChat's page stack for the stand-in host (scripts/lib/weapp-host.mjs `router`): navigateTo,
// redirectTo, switchTab and reLaunch move between real pages of the bundle after a delay, with
// WeChat's rules: at most 10 pages, tab pages only through switchTab and kept alive while another tab
// is shown, the phone's Back closes the top page. Nothing here guards against a second tap: two
// navigateTo calls push two pages, as in WeChat.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export const WECHAT_MAX_PAGES = 10

/** `/pages/section/index?id=x` → { route: 'pages/section/index', query: { id: 'x' } } */
export function parseUrl(url) {
  const [path, search = ''] = url.replace(/^\//, '').split('?')
  return { route: path, query: Object.fromEntries(new URLSearchParams(search)) }
}

/**
 * `tabRoutes`: app.json's tab bar pages; `delay()`: how many ms a navigation takes to complete.
 * Call `attach(host)` once the host is created, then `launch(route)`.
 */
export function wechatRouter({ tabRoutes, delay }) {
  let host = null
  const handles = new Map() // page instance → the host's handle for it
  const tabBars = new Map() // tab page instance → its custom tab bar
  const tabs = new Map() // tab route → handle, alive while another tab is shown
  const inFlight = new Set()
  /** Moves WeChat refused because the stack was full: a tap that did nothing. */
  const refused = []
  const stack = () => host.context.getCurrentPages()
  // A page still opening is on the stack before the host hands over its handle: nothing on it answers yet.
  const top = () => {
    const page = stack().at(-1)
    return page ? (handles.get(page) ?? { instance: page, opening: true, interactive: () => [] }) : null
  }

  async function open(target, query) {
    const handle = await host.openPage(target, query, { settle: false })
    handles.set(handle.instance, handle)
    if (tabRoutes.includes(target)) tabs.set(target, handle)
    return handle
  }
  /** WeChat gives every tab page its own custom tab bar. */
  async function attachTabBar(handle) {
    if (tabRoutes.includes(handle.instance.route) && !tabBars.has(handle.instance)) tabBars.set(handle.instance, await host.attachTabBar(handle.instance))
  }
  function close(handle) {
    handle.close()
    handles.delete(handle.instance)
  }
  function moveAwayFromTab(handle) {
    handle.instance.onHide?.()
    stack().splice(stack().indexOf(handle.instance), 1)
  }

  // The page under the new one is taken away only once the new one is open, so there is always a page
  // on screen, as in WeChat.
  async function perform(api, target, query) {
    const before = [...stack()].map((page) => handles.get(page))
    const current = before.at(-1) ?? null
    if (api === 'navigateTo') {
      current?.instance.onHide?.()
      await open(target, query)
      return
    }
    let opened = null
    const kept = api === 'switchTab' ? tabs.get(target) : null
    if (kept) {
      stack().push(kept.instance)
      kept.instance.onShow?.()
      tabBars.get(kept.instance)?.show()
    } else {
      if (api === 'reLaunch') tabs.clear()
      opened = await open(target, query)
    }
    const leaving = api === 'redirectTo' ? [current] : before
    for (const handle of leaving.filter((h) => h && handles.has(h.instance)).reverse()) {
      if (handle === kept) continue
      if (api === 'switchTab' && tabs.get(handle.instance.route) === handle) moveAwayFromTab(handle)
      else close(handle)
    }
    if (opened) await attachTabBar(opened)
  }

  /** The host's router: WeChat's answer to each page API, the move itself `delay()` ms later. */
  function route(api, options) {
    const { route: target, query } = parseUrl(options.url)
    const isTab = tabRoutes.includes(target)
    const refuse = (why) => queueMicrotask(() => (options.fail?.({ errMsg: `${api}:fail ${why}` }), options.complete?.({ errMsg: `${api}:fail ${why}` })))
    if ((api === 'navigateTo' || api === 'redirectTo') && isTab) return refuse(`can not ${api} a tabbar page`)
    if (api === 'switchTab' && !isTab) return refuse('can not switchTab to a page that is not a tabbar page')
    if (api === 'navigateTo' && stack().length >= WECHAT_MAX_PAGES) {
      refused.push(`${options.url}: ${api}:fail webview count limit exceed`)
      return refuse('webview count limit exceed')
    }
    const move = (async () => {
      await sleep(delay())
      await perform(api, target, query)
      options.success?.({ errMsg: `${api}:ok` })
      options.complete?.({ errMsg: `${api}:ok` })
    })()
    inFlight.add(move)
    move.finally(() => inFlight.delete(move))
  }

  return {
    route,
    refused,
    attach(h) {
      host = h
    },
    launch: async (target, query = {}) => attachTabBar(await open(target, query)),
    /**
     * The phone's Back, once the page moves under way have ended (WeChat animates each one): closes
     * the top page and shows the one under it; false on the first page.
     */
    async back() {
      while (inFlight.size) await Promise.allSettled([...inFlight])
      if (stack().length <= 1) return false
      close(top())
      top().instance.onShow?.()
      tabBars.get(top().instance)?.show()
      return true
    },
    top,
    tabBar: () => tabBars.get(top()?.instance) ?? null,
    stack,
    /** Whether a page move is under way. */
    moving: () => inFlight.size > 0,
    /** Waits until every navigation under way has completed. */
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight])
    },
  }
}
