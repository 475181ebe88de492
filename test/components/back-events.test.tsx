import Taro from '@tarojs/taro'
import { vi } from 'vitest'
import { HELD_BACK_CHECK_MS, backHeld } from '../../src/platform/back-events'
import { NAVIGATION_PENDING_MS, SLIDE_IN_MS, goBack, navigationSettled, openPage } from '../../src/platform/navigation'
import { routes } from '../../src/routes'

const ok = { errMsg: 'ok' } as never

/** Taro's web page stack with `open` pages, and what reaches the router (a listener after back-events.ts's). */
function webApp(open: number) {
  const pages = vi.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: open }, () => ({})) as never)
  const reachedRouter: (number | undefined)[] = []
  const router = (event: PopStateEvent) => reachedRouter.push((event.state as { idx?: number } | null)?.idx)
  window.addEventListener('popstate', router)
  const back = (idx: number) => {
    window.history.replaceState({ idx }, '')
    window.dispatchEvent(new PopStateEvent('popstate', { state: { idx } }))
  }
  return { pages, reachedRouter, back, done: () => window.removeEventListener('popstate', router) }
}

describe("the browser's Back on the web: one page move at a time", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.runOnlyPendingTimers() // hand on anything still held, so the next test starts with none
    vi.useRealTimers()
  })

  it('a Back that returns to a page below refuses taps until that page has shown and slid in', () => {
    const app = webApp(3)
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    app.back(1)
    openPage(routes.search()) // the page left is still sliding out
    vi.advanceTimersByTime(1000)
    navigationSettled() // the page returned to shows
    vi.advanceTimersByTime(SLIDE_IN_MS - 1)
    openPage(routes.search())
    vi.advanceTimersByTime(1)
    openPage(routes.plan())
    expect(navigateTo.mock.calls.map(([o]) => o.url)).toEqual([routes.plan()])
    expect(app.reachedRouter).toEqual([1])
    app.done()
  })

  it('a second Back while the first is still moving pages is held, and handed on once the page it returned to has shown', () => {
    const app = webApp(3)
    app.back(1)
    vi.advanceTimersByTime(70)
    app.back(0) // a double press
    expect([app.reachedRouter, backHeld()]).toEqual([[1], true])
    vi.advanceTimersByTime(2000) // a slow phone: the page returned to has not shown yet
    expect(app.reachedRouter).toEqual([1])
    app.pages.mockReturnValue([{}, {}] as never) // the first Back has unloaded the top page
    navigationSettled()
    vi.advanceTimersByTime(SLIDE_IN_MS + HELD_BACK_CHECK_MS)
    // One Back, to where the browser now is; and it is a page move of its own.
    expect([app.reachedRouter, backHeld()]).toEqual([[1, 0], false])
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    openPage(routes.search())
    expect(navigateTo).not.toHaveBeenCalled()
    app.done()
  })

  it('a tap is refused while a Back is held', () => {
    const app = webApp(3)
    app.back(1)
    vi.advanceTimersByTime(HELD_BACK_CHECK_MS / 2)
    app.back(0)
    // The first Back's page never says it has shown: its move has timed out, the held Back is not handed on yet.
    vi.advanceTimersByTime(NAVIGATION_PENDING_MS - HELD_BACK_CHECK_MS / 2)
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    expect(backHeld()).toBe(true)
    openPage(routes.search())
    vi.advanceTimersByTime(HELD_BACK_CHECK_MS)
    expect([app.reachedRouter, backHeld(), navigateTo.mock.calls.length]).toEqual([[1, 0], false, 0])
    app.done()
  })

  it('a Back that lands on the page on screen (the page tapped had not loaded) frees the next tap at once', () => {
    const app = webApp(1)
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    openPage(routes.section('economy'))
    app.back(0)
    openPage(routes.section('economy'))
    expect([navigateTo.mock.calls.length, app.reachedRouter]).toEqual([2, [0]])
    app.done()
  })

  it('a Back during a page opened by a tap is not held: the router drops or leaves that page at once', () => {
    const app = webApp(2)
    vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    openPage(routes.section('economy'))
    app.back(0)
    expect([app.reachedRouter, backHeld()]).toEqual([[0], false])
    app.done()
  })

  it("the web's 「‹ 返回」 reaches the router at once, and is a page move of its own", () => {
    const app = webApp(2)
    vi.spyOn(Taro, 'navigateBack').mockImplementation(() => {
      app.back(0) // Taro's navigateBack is history.go(-1)
      return Promise.resolve(ok)
    })
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    goBack()
    openPage(routes.search())
    expect([app.reachedRouter, backHeld(), navigateTo.mock.calls.length]).toEqual([[0], false, 0])
    app.done()
  })
})
