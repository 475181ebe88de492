import Taro from '@tarojs/taro'
import { CONTENT_PARAMS, TAB_PAGES, type PagePath } from '../routes'
import { backHeld, onBack } from './back-events'

const pathOf = (url: string) => url.split('?')[0] as PagePath

/**
 * How long a navigation may stay "under way" when no page ever says it has shown (a failed or
 * dropped navigation): after this a tap works again. A page showing ends it at once.
 */
export const NAVIGATION_PENDING_MS = 3000

let pendingUntil = 0
/** The move under way is a Back (back-events.ts holds the next Back until it has ended). */
let backMoving = false

/**
 * One tap, one page: a navigation starts only when none is under way. A double tap (or a tap on
 * another link while the first page is still loading on a slow phone) would otherwise push the page
 * twice; WeChat's navigateTo and Taro's web router both do.
 */
function start(navigate: () => Promise<unknown>): void {
  const now = Date.now()
  // A second Back the web is still holding (back-events.ts) is a page move under way too.
  if (now < pendingUntil || backHeld()) return
  pendingUntil = now + NAVIGATION_PENDING_MS
  backMoving = false
  navigate().catch(navigationCancelled)
}

/**
 * How long a page that has just shown is still sliding in (Taro's web router and WeChat both take
 * about 300 ms), with the page it covers still under the finger: a double tap's second tap lands there.
 */
export const SLIDE_IN_MS = 400

/** A page has shown (PageShell calls this): the navigation has ended once it has slid in. */
export function navigationSettled(): void {
  pendingUntil = Math.min(pendingUntil, Date.now() + SLIDE_IN_MS)
}

/** Nothing is under way any more (a navigation failed): the page on screen answers the next tap at once. */
export function navigationCancelled(): void {
  pendingUntil = 0
}

/**
 * The browser's Back (web): one that returns to a page below is a page move like a tap's, ended when
 * that page shows; one that lands on the page on screen (the page tapped had not loaded) ends what
 * was under way.
 */
onBack(
  (movesAPage) => {
    backMoving = movesAPage
    pendingUntil = movesAPage ? Date.now() + NAVIGATION_PENDING_MS : 0
  },
  () => backMoving && Date.now() < pendingUntil,
)

/** WeChat keeps at most this many pages open; navigateTo fails beyond it. */
export const MAX_OPEN_PAGES = 10

/**
 * Opens a page built by routes.ts; tab pages need switchTab, others navigateTo. With WeChat's
 * ten pages open (section → benefit → section … ), the newest page takes the top one's place instead
 * of the tap doing nothing.
 */
export function openPage(url: string): void {
  if (TAB_PAGES.includes(pathOf(url))) {
    start(() => Taro.switchTab({ url: pathOf(url) }))
  } else if (Taro.getCurrentPages().length >= MAX_OPEN_PAGES) {
    start(() => Taro.redirectTo({ url }))
  } else {
    start(() => Taro.navigateTo({ url }))
  }
}

/** Back one page (the web's 「‹ 返回」: the browser's history stays as read). */
export function goBack(): void {
  start(() => Taro.navigateBack({ delta: 1 }))
}

/** How many pages below the current one the page at `url` is, or 0 when it is not below it. */
function pagesBackTo(url: string): number {
  const route = pathOf(url).replace(/^\//, '')
  const pages = Taro.getCurrentPages()
  const at = pages.findIndex((page) => (page.route ?? '').replace(/^\//, '') === route)
  return at < 0 ? 0 : pages.length - 1 - at
}

/**
 * Back to a page the reader came through (the report home, the benefit list): Back to it where it is
 * below in the page stack, so it keeps the reader's place and the browser's history stays as read;
 * otherwise (a page opened by a shared link has nothing below it) start there afresh.
 */
export function returnTo(url: string): void {
  const delta = pagesBackTo(url)
  if (delta > 0) start(() => Taro.navigateBack({ delta }))
  else restartAt(url)
}

/** Whether there is an app page to go back to (a page opened by a shared link has none). */
export const canGoBack = (): boolean => Taro.getCurrentPages().length > 1

/** From a page opened by a shared link (no history), going "back" means starting at that page afresh. */
export function restartAt(url: string): void {
  start(() => Taro.reLaunch({ url }))
}

/**
 * Whether an open page shows what `url` names: the same page path and the same content. WeChat gives a
 * page's query as `options`; Taro's web router leaves `options` empty and keeps it in `$taroParams`.
 */
function shows(page: { route?: string; options?: Record<string, unknown>; $taroParams?: Record<string, unknown> }, url: string): boolean {
  const [path, query = ''] = url.split('?')
  const wanted = new URLSearchParams(query)
  const params = { ...page.$taroParams, ...page.options }
  return (
    (page.route ?? '').replace(/^\//, '') === path.replace(/^\//, '') && CONTENT_PARAMS.every((key) => (wanted.get(key) ?? '') === String(params[key] ?? ''))
  )
}

/**
 * Moving sideways (previous/next chapter) replaces the page, so the back stack stays short; a move to
 * the page just below (the 2025 overview → one of its parts → 上一章) goes back to it instead of
 * showing it twice in a row.
 */
export function replacePage(url: string): void {
  const pages = Taro.getCurrentPages()
  const below = pages[pages.length - 2]
  if (below && shows(below, url)) start(() => Taro.navigateBack({ delta: 1 }))
  else start(() => Taro.redirectTo({ url }))
}
