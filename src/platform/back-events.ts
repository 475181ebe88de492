import Taro from '@tarojs/taro'

/**
 * The browser's Back (or a swipe back) on the web, one page move at a time.
 *
 * Taro's web router is not safe against a Back that comes while the last Back is still moving pages
 * (docs/taro-router-back-race.md): the page it returns to waits for the page left to slide out, and
 * a second Back meanwhile unloads the wrong page; one left in the document hides every page opened
 * after it (a blank screen). So:
 * - a Back that returns to a page below the one on top is a page move: navigation.ts refuses taps
 *   until the page it returns to has shown, and a Back that comes meanwhile is held here, ahead of
 *   the router (a capture listener), and handed on once that page has shown, as one Back to wherever
 *   the browser now is;
 * - a Back that lands on the page on top (the page tapped had not loaded yet, and the router drops
 *   it) moves nothing, and ends what was under way, so that page answers the next tap at once.
 */
export const HELD_BACK_CHECK_MS = 100

/** Told of each Back that reaches the router: whether it returns to a page below the one on top. */
type BackListener = (movesAPage: boolean) => void

/** navigation.ts's part (onBack): the one listener, and whether the last Back is still moving pages. */
let heard: BackListener = () => {}
let stillMoving = (): boolean => false
let held: ReturnType<typeof setTimeout> | undefined
/** Events this module hands on itself: they pass straight through. */
const handedOn = new WeakSet<Event>()

/** Taro's history keeps each entry's place (`idx`); its page stack has one page per place until this Back. */
const movesAPage = (state: unknown): boolean => Taro.getCurrentPages().length - 1 > ((state as { idx?: number } | null)?.idx ?? 0)

function handOnWhenSettled(): void {
  held = setTimeout(() => {
    if (stillMoving()) return handOnWhenSettled()
    held = undefined
    const event = new PopStateEvent('popstate', { state: window.history.state as unknown })
    handedOn.add(event)
    window.dispatchEvent(event)
  }, HELD_BACK_CHECK_MS)
}

if (typeof window !== 'undefined') {
  window.addEventListener(
    'popstate',
    (event) => {
      const moves = movesAPage(event.state)
      if (!handedOn.has(event) && (held !== undefined || (moves && stillMoving()))) {
        event.stopImmediatePropagation()
        clearTimeout(held)
        handOnWhenSettled()
        return
      }
      heard(moves)
    },
    true,
  )
}

/** navigation.ts's part: hears each Back that reaches the router, and says whether the last one is still moving pages. */
export function onBack(listener: BackListener, backStillMoving: () => boolean): void {
  heard = listener
  stillMoving = backStillMoving
}

/** A Back is being held (see above): no page move may start until it has been handed on. */
export const backHeld = (): boolean => held !== undefined
