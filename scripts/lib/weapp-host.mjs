// A small stand-in for the WeChat mini-program host, enough to load the production dist/weapp bundle
// in Node and drive its pages: App, Page, Component, wx, getApp, getCurrentPages and module require.
// The bundle runs in its own VM context with no browser globals, so any use of window, document,
// navigator, localStorage, fetch or XMLHttpRequest on the mini-program side throws and fails the test.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import vm from 'node:vm'
import floorBuiltins from '../../config/floor-builtins.cjs'

/**
 * The oldest phone the mini-program claims (config/floor.cjs): the built-ins its engine lacks and its
 * base library does not add are deleted from the bundle's realm before app.js loads.
 */
export const WEAPP_FLOOR_DELETES = floorBuiltins.builtinsToDelete('weapp')

/**
 * The names of WeChat's asynchronous APIs, from Taro's own list (it binds `Object.keys(wx)`), so the
 * stand-in wx offers what the real one does: setNavigationBarTitle, showToast, navigateTo …
 */
function wxAsyncApiNames() {
  const file = createRequire(import.meta.url).resolve('@tarojs/shared/dist/native-apis.js')
  const source = readFileSync(file, 'utf8')
  const list = source.slice(source.indexOf('needPromiseApis = new Set(['), source.indexOf('])', source.indexOf('needPromiseApis')))
  const names = [...list.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1])
  if (names.length < 100) throw new Error(`could not read WeChat API names from ${file}`)
  return names
}
const WX_API_NAMES = wxAsyncApiNames()

/** wx APIs that send data off the phone or read personal data: calling one is a failure. */
export const FORBIDDEN_WX = [
  'request',
  'uploadFile',
  'downloadFile',
  'connectSocket',
  'getLocation',
  'chooseLocation',
  'getUserProfile',
  'getUserInfo',
  'getPhoneNumber',
  'chooseImage',
  'chooseMedia',
  'saveImageToPhotosAlbum',
  'getClipboardData',
  'startRecord',
  'login',
  'reportAnalytics',
  'reportEvent',
  'getWeRunData',
  'chooseAddress',
  'chooseInvoiceTitle',
]

/**
 * setData as WeChat applies it: a key is a path into the data ('root.cn.[0].cn.[2].v', 'list[1].name'),
 * so a later update changes one node of the tree rather than adding a top-level key.
 */
export function applySetData(data, payload) {
  for (const [key, value] of Object.entries(payload)) {
    const path = [...key.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])))
    let target = data
    path.slice(0, -1).forEach((part, i) => {
      if (target[part] === null || typeof target[part] !== 'object') target[part] = typeof path[i + 1] === 'number' ? [] : {}
      target = target[part]
    })
    target[path[path.length - 1]] = JSON.parse(JSON.stringify(value ?? null))
  }
  return data
}

/** The chain of elements from the root down to the one whose text child reads `label`, or null. */
function pathToText(node, label, path = []) {
  if (!node || typeof node !== 'object') return null
  const children = node.cn ?? []
  if (node.sid && children.some((child) => child.v === label)) return [...path, node]
  for (const child of children) {
    const found = pathToText(child, label, node.sid ? [...path, node] : path)
    if (found) return found
  }
  return null
}

/**
 * WeChat's 单页模式 (scene 1154, a page opened from the 朋友圈), as documented: every page move
 * (navigateTo, redirectTo, switchTab, reLaunch, navigateBack), `<button open-type>` and the tab bar
 * (custom ones too) are refused with a toast; storage is not the app's. The host also refuses the
 * clipboard and phone calls there: the documentation's list could not be read in full, so the app
 * does not rely on them (src/platform/README.md).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html
 */
export const TIMELINE_SCENE = 1154
export const BROWSE_ONLY_TOAST = '请前往小程序使用完整服务'

/** Taro's node-name ids (nn) whose template binds `event` to the event handler (from the build's base.wxml). */
function boundNodeNames(root, event) {
  const wxml = readFileSync(join(root, 'base.wxml'), 'utf8')
  return new Set(
    [...wxml.matchAll(/<template name="tmpl_0_(\d+)">([\s\S]*?)<\/template>/g)].filter(([, , body]) => body.includes(`bind${event}="eh"`)).map(([, nn]) => nn),
  )
}

/** The text an element shows (its own and its descendants'), as a villager would name it. */
function textOf(node) {
  if (!node || typeof node !== 'object') return ''
  return (node.v ?? '') + (node.cn ?? []).map(textOf).join('')
}

/**
 * Everything a villager can tap or type into on an instance's tree: { kind: 'tap' | 'type', label,
 * path } where `path` is the chain of elements from the root down to it (see `deliverTap`).
 */
function interactiveElements(tree, bound) {
  const found = []
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return
    const chain = node.sid ? [...path, node] : path
    if (node.sid && bound.tap.has(node.nn)) found.push({ kind: 'tap', label: textOf(node).slice(0, 24), path: chain })
    if (node.sid && bound.input.has(node.nn)) found.push({ kind: 'type', label: node.p13 ?? 'input', path: chain })
    for (const child of node.cn ?? []) walk(child, chain)
  }
  walk(tree, [])
  return found
}

/** A tap as WeChat delivers it: to the element, then to every ancestor whose template binds tap, innermost first. */
function deliverTap(instance, path, bound) {
  const target = { id: path[path.length - 1].sid, dataset: { sid: path[path.length - 1].sid } }
  const timeStamp = Date.now()
  for (const node of [...path].reverse().filter((n) => bound.tap.has(n.nn))) {
    instance.eh({ type: 'tap', timeStamp, target, currentTarget: { id: node.sid, dataset: { sid: node.sid } }, detail: {} })
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0))
/** Timer turns without a setData after which a page counts as settled, and the most to wait. */
const QUIET_TICKS = 20
const MAX_TICKS = 2000

/** Whether the page's rendered tree holds an element with this id (Taro keeps it as `uid`). */
function pageHasElement(page, id) {
  const walk = (node) => node && typeof node === 'object' && (node.uid === id || node.id === id || (node.cn ?? []).some(walk))
  return Boolean(page && walk(page.data.root))
}
const plain = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))

/** WeChat's answers when the clipboard is a privacy interface the app may not use (errno per WeChat's docs). */
export const CLIPBOARD_REFUSALS = {
  notDeclared: { errno: 112, errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' },
  declined: { errno: 104, errMsg: 'setClipboardData:fail privacy permission is not authorized' },
}

/**
 * A `<canvas type="2d">` node as WeChat's SelectorQuery hands it over: its 2D context records what is
 * painted, and measures text as a phone roughly would (a CJK character one em, ASCII 0.55 em). Its
 * pixel buffer (width × height × 4 bytes, once it has a context) is counted in `memory`.
 */
function canvasNode(memory) {
  const texts = []
  let size = { width: 300, height: 150 }
  let drawing = false
  let held = 0
  const resize = (next) => {
    size = { ...size, ...next }
    memory.now -= held
    held = drawing ? size.width * size.height * 4 : 0
    memory.now += held
    memory.peak = Math.max(memory.peak, memory.now)
  }
  const ctx = {
    fillStyle: '#000000',
    font: '10px sans-serif',
    textBaseline: 'alphabetic',
    scale: () => {},
    fillRect: () => {},
    fillText: (text, x, y) => void texts.push({ text, x, y, font: ctx.font, color: ctx.fillStyle }),
    measureText: (text) => {
      const fontSize = Number(/(\d+(?:\.\d+)?)px/.exec(ctx.font)?.[1] ?? 10)
      return { width: Array.from(text).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1) * fontSize, 0) }
    },
  }
  const node = {
    get width() {
      return size.width
    },
    set width(width) {
      resize({ width })
    },
    get height() {
      return size.height
    },
    set height(height) {
      resize({ height })
    },
    texts,
    getContext(type) {
      if (type !== '2d') return null
      if (!drawing) {
        drawing = true
        resize({})
      }
      return ctx
    },
    /** The page is gone: so is its canvas (an export under way then fails, as on a phone). */
    release: () => {
      resize({ width: 0, height: 0 })
      node.released = true
    },
    released: false,
  }
  return node
}

/**
 * Options: `storage` and `appBaseInfo` as the phone has them; `update` is what WeChat's update
 * check finds ('ready', 'failed' or null); `modalConfirms` answers every showModal; `clipboard` is
 * 'ok' or a key of CLIPBOARD_REFUSALS; `canvas` is 'ok', 'missing' (SelectorQuery finds no node) or
 * 'export-fails' (canvasToTempFilePath fails); `canvasExportMs` is how long each export takes (a slow phone).
 */
export function createHost(
  root,
  {
    storage = {},
    appBaseInfo = { fontSizeScaleFactor: 1, fontSizeSetting: 17 },
    update = null,
    modalConfirms = true,
    clipboard = 'ok',
    canvas = 'ok',
    canvasExportMs = 0,
    router = null,
    scene = 1001,
  } = {},
) {
  /** WeChat's 单页模式: a page opened from the 朋友圈 (see TIMELINE_SCENE). */
  const browseOnly = scene === TIMELINE_SCENE
  /** What the app asked of WeChat that 单页模式 refused: { api, url? }. */
  const refused = []
  /** What the app put on the clipboard, in order. */
  const copied = []
  /** Share pictures exported: { path, width, height, texts: [{ text, x, y, font, color }] }. */
  const pictures = []
  /** The custom tab bar instance under each tab page, and which pages asked for theirs (getTabBar). */
  const tabBars = new Map()
  const tabBarAsks = []
  /** Bytes of canvas pixels held now, and the most ever held at once. */
  const canvasMemory = { now: 0, peak: 0 }
  /** Each page's canvas nodes by selector: WeChat hands over the same node every time. */
  const canvasNodes = new Map()
  const canvasOf = (instance, selector) => {
    if (!canvasNodes.has(instance)) canvasNodes.set(instance, new Map())
    const nodes = canvasNodes.get(instance)
    if (!nodes.has(selector)) nodes.set(selector, canvasNode(canvasMemory))
    return nodes.get(selector)
  }
  const calls = []
  /** What the villager was shown: { kind: 'modal' | 'toast', title, content } in order. */
  const dialogs = []
  /** Where the app sent the villager: { api: 'navigateTo', url } and page scrolls: { api: 'pageScrollTo', selector, offsetTop }. */
  const moves = []
  const updates = { applied: 0 }
  const violations = []
  /** Errors the bundle reported (React and Taro log render errors with console.error). */
  const errors = []
  const hostConsole = {
    ...console,
    error: (...args) => errors.push(args.map((a) => (a instanceof Object && 'message' in a ? a.message : String(a))).join(' ')),
  }
  // 单页模式 does not share the app's storage: what the villager saved in the app is not there.
  const store = new Map(browseOnly ? [] : Object.entries(storage))
  /** In 单页模式 WeChat answers a refused call with its toast and the call's fail. */
  const refuse = (api, options = {}) => {
    refused.push({ api, url: options.url })
    dialogs.push({ kind: 'toast', title: BROWSE_ONLY_TOAST })
    queueMicrotask(() => options.fail?.({ errMsg: `${api}:fail` }))
  }
  /** wx.onPageNotFound listeners. */
  const notFoundListeners = []
  const pages = new Map()
  const components = new Map()
  let bound = null
  const boundNodes = () => (bound ??= { tap: boundNodeNames(root, 'tap'), input: boundNodeNames(root, 'input') })
  const stack = []
  let app = null

  const known = {
    getSystemInfoSync: () => ({
      platform: 'android',
      windowWidth: 375,
      windowHeight: 667,
      screenWidth: 375,
      screenHeight: 667,
      pixelRatio: 2,
      language: 'zh_CN',
      version: '8.0.50',
      SDKVersion: '3.5.0',
      fontSizeSetting: 16,
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2 }),
    getDeviceInfo: () => ({ platform: 'android' }),
    getAppBaseInfo: () => ({ SDKVersion: '3.5.0', language: 'zh_CN', ...appBaseInfo }),
    getStorageSync: (key) => (store.has(key) ? store.get(key) : ''),
    setStorageSync: (key, value) => void store.set(key, value),
    removeStorageSync: (key) => void store.delete(key),
    canIUse: () => true,
    nextTick: (fn) => setTimeout(fn, 0),
    showModal: (options = {}) => {
      dialogs.push({
        kind: 'modal',
        title: options.title,
        content: options.content,
        confirmText: options.confirmText,
        cancelText: options.cancelText,
        showCancel: options.showCancel,
      })
      queueMicrotask(() => options.success?.({ errMsg: 'showModal:ok', confirm: modalConfirms, cancel: !modalConfirms }))
    },
    showToast: (options = {}) => {
      dialogs.push({ kind: 'toast', title: options.title })
      queueMicrotask(() => options.success?.({ errMsg: 'showToast:ok' }))
    },
    setClipboardData: (options = {}) => {
      if (browseOnly) return refuse('setClipboardData', options)
      const refusal = CLIPBOARD_REFUSALS[clipboard]
      if (!refusal) copied.push(options.data)
      queueMicrotask(() => (refusal ? options.fail?.({ ...refusal }) : options.success?.({ errMsg: 'setClipboardData:ok' })))
    },
    ...Object.fromEntries(
      ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'pageScrollTo'].map((api) => [
        api,
        (options = {}) => {
          if (browseOnly && api !== 'pageScrollTo') return refuse(api, options)
          moves.push(api === 'pageScrollTo' ? { api, selector: options.selector, offsetTop: options.offsetTop } : { api, url: options.url })
          // `router` moves between pages as WeChat does (test/sessions/wechat-router.mjs); without it a move is only recorded.
          if (router && api !== 'pageScrollTo') return router(api, options)
          queueMicrotask(() => options.success?.({ errMsg: `${api}:ok` }))
        },
      ]),
    ),
    getUpdateManager: () => ({
      onCheckForUpdate: (listener) => setTimeout(() => listener({ hasUpdate: update !== null }), 0),
      onUpdateReady: (listener) => update === 'ready' && setTimeout(listener, 0),
      onUpdateFailed: (listener) => update === 'failed' && setTimeout(listener, 0),
      applyUpdate: () => void (updates.applied += 1),
    }),
    createSelectorQuery: () => {
      const wanted = []
      const query = {
        in: () => query,
        select: (selector) => ({
          fields: (fields) => (wanted.push({ selector, fields }), query),
          boundingClientRect: () => (wanted.push({ selector, fields: { rect: true } }), query),
        }),
        selectViewport: () => ({ scrollOffset: () => query }),
        exec: (callback) =>
          setTimeout(() => {
            const found = (selector) =>
              selector.startsWith('#share-card-canvas') && canvas !== 'missing' && pageHasElement(stack[stack.length - 1], selector.slice(1))
            const top = stack[stack.length - 1]
            callback?.(wanted.map(({ selector, fields }) => (fields.node && found(selector) ? { node: canvasOf(top, selector), width: 500, height: 400 } : null)))
          }, 0),
      }
      return query
    },
    canvasToTempFilePath: (options = {}) => {
      const node = options.canvas
      setTimeout(() => {
        if (canvas === 'export-fails' || !node || node.released) return options.fail?.({ errMsg: 'canvasToTempFilePath:fail' })
        const path = `wxfile://tmp/share-${pictures.length + 1}.${options.fileType ?? 'png'}`
        // The picture's size as exported: destWidth × destHeight, or (left to the device) the area
        // times the screen's pixel ratio, which on a 3× phone makes a picture too big for Android.
        // The area to export must lie on the canvas (its pixels, which the app sizes to the box).
        const area = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? node.width, height: options.height ?? node.height }
        if (area.x < 0 || area.y < 0 || area.x + area.width > node.width || area.y + area.height > node.height)
          violations.push(`canvasToTempFilePath area ${JSON.stringify(area)} outside the ${node.width}×${node.height} canvas`)
        const ratio = known.getSystemInfoSync().pixelRatio
        const width = options.destWidth ?? (options.width ?? node.width) * ratio
        const height = options.destHeight ?? (options.height ?? node.height) * ratio
        pictures.push({ path, width, height, texts: [...node.texts] })
        options.success?.({ errMsg: 'canvasToTempFilePath:ok', tempFilePath: path })
      }, canvasExportMs)
    },
    onPageNotFound: (listener) => void notFoundListeners.push(listener),
    getLaunchOptionsSync: () => ({ path: 'pages/report/index', query: {}, scene }),
    getEnterOptionsSync: () => ({ path: 'pages/report/index', query: {}, scene }),
    navigateBack: (options = {}) => (browseOnly ? refuse('navigateBack', options) : queueMicrotask(() => options.success?.({ errMsg: 'navigateBack:ok' }))),
    makePhoneCall: (options = {}) => (browseOnly ? refuse('makePhoneCall', options) : queueMicrotask(() => options.success?.({ errMsg: 'makePhoneCall:ok' }))),
  }
  const wx = new Proxy(
    {},
    {
      get(target, name) {
        if (name in target || name === 'webpackJsonp') return target[name]
        if (typeof name !== 'string') return undefined
        if (name in known) return (...args) => (calls.push(name), known[name](...args))
        return (...args) => {
          calls.push(name)
          if (FORBIDDEN_WX.includes(name)) violations.push(name)
          const options = args[0]
          if (options && typeof options === 'object') queueMicrotask(() => options.success?.({ errMsg: `${name}:ok` }))
          return name.startsWith('create') ? new Proxy({}, { get: () => () => {} }) : undefined
        }
      },
      // Taro binds the APIs the host says it has: claim every name, as the real wx has hundreds.
      has: (target, name) => typeof name === 'string' && (name !== 'webpackJsonp' || name in target),
      ownKeys: (target) => [...new Set([...Reflect.ownKeys(target), ...Object.keys(known), ...WX_API_NAMES, ...FORBIDDEN_WX])],
      getOwnPropertyDescriptor: (target, name) =>
        Reflect.getOwnPropertyDescriptor(target, name) ?? { configurable: true, enumerable: true, writable: true, value: undefined },
      set(target, name, value) {
        target[name] = value // webpack's chunk registry lives on wx.webpackJsonp
        return true
      },
    },
  )

  const context = vm.createContext({
    wx,
    App: (config) => {
      app = config
    },
    Page: (config) => {
      pages.set(currentFile, config)
    },
    Component: (config) => {
      components.set(currentFile, config)
    },
    Behavior: (b) => b,
    getApp: () => app,
    getCurrentPages: () => stack,
    requirePlugin: () => ({}),
    console: hostConsole,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
  })
  vm.runInContext(floorBuiltins.deleteBuiltinsScript(WEAPP_FLOOR_DELETES), context)

  const cache = new Map()
  let currentFile = null
  function load(file) {
    if (cache.has(file)) return cache.get(file).exports
    const mod = { exports: {} }
    cache.set(file, mod)
    const code = readFileSync(file, 'utf8')
    const fn = vm.runInContext(`(function (module, exports, require) {${code}\n})`, context, { filename: file })
    const previous = currentFile
    currentFile = file
    fn(mod, mod.exports, (request) => load(resolve(dirname(file), request.endsWith('.js') ? request : `${request}.js`)))
    currentFile = previous
    return mod.exports
  }

  async function launch() {
    load(join(root, 'app.js'))
    if (!app) throw new Error('app.js did not call App()')
    app.onLaunch?.({ path: 'pages/report/index', query: {}, scene })
    app.onShow?.({ path: 'pages/report/index', query: {}, scene })
    await tick()
    return app
  }

  /**
   * Opens a page with a query, as WeChat does for a shared link, and waits until it has settled.
   * `settle: false` gives it back as soon as it has loaded and shown, with onReady a timer turn later,
   * as a villager's next tap may come before the page has finished drawing.
   */
  async function openPage(route, query = {}, { settle = true } = {}) {
    const file = join(root, `${route}.js`)
    if (!pages.has(file)) load(file)
    const config = pages.get(file)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const payloads = []
    const payloadTimes = []
    const instance = Object.assign(Object.create(config), {
      route,
      __route__: route,
      options: query,
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      setData(payload, callback) {
        payloadTimes.push(performance.now())
        payloads.push(payload)
        applySetData(this.data, payload)
        if (callback) setTimeout(callback, 0)
      },
      selectComponent: () => null,
      createSelectorQuery: () => wx.createSelectorQuery(),
      /** WeChat's getTabBar(): the custom tab bar under this tab page, once attached. Counted in `tabBarAsks`. */
      getTabBar() {
        tabBarAsks.push(route)
        return tabBars.get(instance) ?? null
      },
    })
    stack.push(instance)
    // Settled: a page renders what lies below its first screen a moment after it (PageShell's `later`),
    // in a setData of its own; wait until no setData has come for QUIET_TICKS timer turns.
    const settled = async () => {
      for (let i = 0, quiet = 0, seen = payloads.length; i < MAX_TICKS && quiet < QUIET_TICKS; i++) {
        await tick()
        quiet = payloads.length === seen ? quiet + 1 : 0
        seen = payloads.length
      }
    }
    instance.onLoad?.(query)
    instance.onShow?.()
    if (settle) {
      await settled()
      instance.onReady?.()
      await settled()
    } else {
      await tick()
      instance.onReady?.()
    }
    const rendered = payloads.map((p) => JSON.stringify(p)).join('\n')
    return {
      instance,
      payloads,
      /** performance.now() of each setData call. */
      payloadTimes,
      rendered,
      payloadBytes: payloads.map((p) => Buffer.byteLength(JSON.stringify(p))),
      // Plain copies: objects from the bundle's VM realm have other prototypes.
      /** What onShareAppMessage returns; a `promise` (the card with its picture) is kept as a promise. */
      shareAppMessage: () => {
        const result = config.onShareAppMessage?.call(instance, { from: 'menu' })
        if (!result?.promise) return plain(result)
        const { promise, ...now } = result
        return { ...plain(now), promise: Promise.resolve(promise).then(plain) }
      },
      shareTimeline: () => plain(config.onShareTimeline?.call(instance)),
      /**
       * Taps the element whose own text is `label` as WeChat delivers it: the event handler is called
       * for that element and then for every ancestor whose template binds tap, innermost first.
       */
      async tap(label) {
        const path = pathToText(instance.data.root, label)
        if (!path) throw new Error(`${route}: nothing shows the text 「${label}」`)
        deliverTap(instance, path, boundNodes())
        for (let i = 0; i < 10; i++) await tick()
      },
      /** What can be tapped or typed into on the page now (see interactiveElements). */
      interactive: () => interactiveElements(instance.data.root, boundNodes()),
      /** Taps an element from `interactive()` (no waiting: the caller decides how long the villager pauses). */
      tapElement: (element) => deliverTap(instance, element.path, boundNodes()),
      /** Types `value` into an input from `interactive()`, as WeChat reports each change. */
      typeInto: (element, value) => {
        const node = element.path[element.path.length - 1]
        instance.eh({
          type: 'input',
          timeStamp: Date.now(),
          target: { id: node.sid, dataset: { sid: node.sid } },
          currentTarget: { id: node.sid, dataset: { sid: node.sid } },
          detail: { value, cursor: value.length },
        })
      },
      close() {
        instance.onUnload?.()
        stack.splice(stack.indexOf(instance), 1)
        for (const node of canvasNodes.get(instance)?.values() ?? []) node.release()
        canvasNodes.delete(instance)
      },
    }
  }

  /**
   * Attaches WeChat's custom tab bar (src/custom-tab-bar) to an open tab page, as WeChat does for
   * every tab page: created, attached, the page's show, ready. Returns its instance and payloads.
   */
  async function attachTabBar(pageInstance) {
    if (browseOnly) throw new Error('WeChat draws no tab bar in 单页模式, not even a custom one')
    const file = join(root, 'custom-tab-bar', 'index.js')
    // WeChat loads the custom tab bar only as a custom component: its JSON must declare it.
    const json = JSON.parse(readFileSync(join(root, 'custom-tab-bar', 'index.json'), 'utf8'))
    if (json.component !== true) throw new Error('custom-tab-bar/index.json does not declare "component": true, so WeChat would not load it')
    if (!components.has(file)) load(file)
    const config = components.get(file)
    if (!config) throw new Error('custom-tab-bar/index.js did not call Component()')
    const payloads = []
    const instance = Object.assign(Object.create(config.methods ?? {}), {
      is: 'custom-tab-bar/index',
      id: 'custom-tab-bar',
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      properties: {},
      setData(payload, callback) {
        payloads.push(payload)
        applySetData(this.data, payload)
        if (callback) setTimeout(callback, 0)
      },
      getPageId: () => pageInstance.__route__,
    })
    tabBars.set(pageInstance, instance)
    config.created?.call(instance)
    config.attached?.call(instance)
    config.pageLifetimes?.show?.call(instance)
    for (let i = 0; i < 10; i++) await tick()
    config.ready?.call(instance)
    for (let i = 0; i < 5; i++) await tick()
    return {
      instance,
      payloads,
      show: () => config.pageLifetimes?.show?.call(instance),
      detach: () => config.detached?.call(instance),
      interactive: () => interactiveElements(instance.data.root, boundNodes()),
      tapElement: (element) => deliverTap(instance, element.path, boundNodes()),
    }
  }

  /**
   * A link to a page the app does not have: WeChat opens nothing and calls the wx.onPageNotFound
   * listeners and App.onPageNotFound. It takes a redirect only from inside those callbacks: one asked
   * for later is too late (WeChat shows its own 页面不存在 page). Gives whether the app redirected in time.
   */
  async function pageNotFound(path, query = {}) {
    const before = moves.length
    const event = { path, query, isEntryPage: true }
    for (const listener of notFoundListeners) listener(event)
    app.onPageNotFound?.(event)
    const redirectedInCallback = moves.length > before
    await tick()
    return { redirectedInCallback }
  }

  return { launch, openPage, pageNotFound, attachTabBar, dialogs, moves, refused, updates, calls, violations, errors, store, context, pictures, copied, canvasMemory, tabBarAsks }
}
