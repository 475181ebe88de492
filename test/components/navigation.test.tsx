import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { vi } from 'vitest'
import TabBar from '../../src/components/tab-bar'
import {
  MAX_OPEN_PAGES,
  NAVIGATION_PENDING_MS,
  SLIDE_IN_MS,
  navigationCancelled,
  navigationSettled,
  openPage,
  replacePage,
  restartAt,
} from '../../src/platform/navigation'
import ReportPage from '../../src/pages/report/index'
import { routes } from '../../src/routes'

const ok = { errMsg: 'ok' } as never

describe('one tap, one page', () => {
  it('a double tap on a section card opens the section once', async () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    render(<ReportPage />)
    const card = (await screen.findAllByRole('link', { name: /民生/ }))[0]
    fireEvent.click(card)
    fireEvent.click(card)
    expect(navigateTo).toHaveBeenCalledTimes(1)
  })

  it('while a page is loading, no other link, tab, pager or restart starts a second navigation', () => {
    const calls = [
      vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok),
      vi.spyOn(Taro, 'switchTab').mockResolvedValue(ok),
      vi.spyOn(Taro, 'redirectTo').mockResolvedValue(ok),
      vi.spyOn(Taro, 'reLaunch').mockResolvedValue(ok),
    ]
    openPage(routes.section('economy'))
    openPage(routes.benefits())
    replacePage(routes.section('problems'))
    restartAt(routes.report())
    expect(calls.map((c) => c.mock.calls.length)).toEqual([1, 0, 0, 0])
  })

  it('once the page has shown and slid in, the next tap opens the next page; a tap while it slides in does nothing', () => {
    vi.useFakeTimers()
    try {
      const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
      openPage(routes.section('economy'))
      vi.advanceTimersByTime(1000) // a slow phone: the page shows a second later
      navigationSettled()
      vi.advanceTimersByTime(SLIDE_IN_MS - 1)
      openPage(routes.section('economy')) // a double tap's second tap, on the page still under the new one
      vi.advanceTimersByTime(1)
      openPage(routes.section('livelihood'))
      expect(navigateTo.mock.calls.map(([o]) => o.url)).toEqual([routes.section('economy'), routes.section('livelihood')])
    } finally {
      vi.useRealTimers()
    }
  })

  it('a page shown with no navigation under way (the app starting) blocks nothing', () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    navigationSettled()
    openPage(routes.section('economy'))
    expect(navigateTo).toHaveBeenCalledTimes(1)
  })

  it("the browser's Back ends a navigation still loading, so the page on screen answers the next tap", () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    openPage(routes.section('economy'))
    window.dispatchEvent(new PopStateEvent('popstate'))
    openPage(routes.section('economy'))
    expect(navigateTo).toHaveBeenCalledTimes(2)
  })

  it('a navigation that fails frees the next tap at once', async () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockRejectedValueOnce({ errMsg: 'navigateTo:fail webview count limit exceed' })
    openPage(routes.section('economy'))
    await vi.waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1))
    await Promise.resolve()
    navigateTo.mockResolvedValue(ok)
    openPage(routes.section('economy'))
    expect(navigateTo).toHaveBeenCalledTimes(2)
  })

  it(`a navigation no page ever answers stops blocking after ${NAVIGATION_PENDING_MS / 1000} s`, () => {
    vi.useFakeTimers()
    try {
      const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
      openPage(routes.section('economy'))
      vi.advanceTimersByTime(NAVIGATION_PENDING_MS - 1)
      openPage(routes.section('economy'))
      expect(navigateTo).toHaveBeenCalledTimes(1)
      vi.advanceTimersByTime(1)
      openPage(routes.section('economy'))
      expect(navigateTo).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('the tab that is open does nothing when tapped (no page would show to end it)', () => {
    const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue(ok)
    render(<TabBar current='report' />)
    fireEvent.click(screen.getByRole('link', { name: '报告（当前页）' }))
    fireEvent.click(screen.getByRole('link', { name: '我的' }))
    expect(switchTab.mock.calls).toEqual([[{ url: '/pages/mine/index' }]])
  })

  it('上一章 to the page just below (the overview → a part → 上一章) goes back to it rather than showing it twice', () => {
    const navigateBack = vi.spyOn(Taro, 'navigateBack').mockResolvedValue(ok)
    const redirectTo = vi.spyOn(Taro, 'redirectTo').mockResolvedValue(ok)
    const stack = (below: Record<string, string>) =>
      vi.spyOn(Taro, 'getCurrentPages').mockReturnValue([
        { route: 'pages/report/index', options: {} },
        { route: 'pages/section/index', options: below },
        { route: 'pages/section/index', options: { id: 'plan-economy' } },
      ] as never)
    stack({ id: 'plan-overview' })
    replacePage(routes.section('plan-overview'))
    expect([navigateBack.mock.calls, redirectTo.mock.calls.length]).toEqual([[[{ delta: 1 }]], 0])
    navigationCancelled()
    // A marked block does not make it another page; another section, or another year's, does.
    stack({ id: 'plan-overview', p: '2' })
    replacePage(routes.section('plan-overview'))
    navigationCancelled()
    stack({ id: 'intro' })
    replacePage(routes.section('plan-overview'))
    navigationCancelled()
    stack({ id: 'plan-overview', year: '2025' })
    replacePage(routes.section('plan-overview'))
    navigationCancelled()
    // Taro's web router: options empty, the query as $taroParams (its path keeps only a stamp).
    vi.spyOn(Taro, 'getCurrentPages').mockReturnValue([
      { route: '/pages/section/index', path: '/pages/section/index?stamp=AB', options: {}, $taroParams: { id: 'plan-overview', stamp: 'AB' } },
      { route: '/pages/section/index', path: '/pages/section/index?stamp=AC', options: {}, $taroParams: { id: 'plan-economy', stamp: 'AC' } },
    ] as never)
    replacePage(routes.section('plan-overview'))
    expect([navigateBack.mock.calls.length, redirectTo.mock.calls.length]).toEqual([3, 2])
  })

  it(`with ${MAX_OPEN_PAGES} pages open (WeChat's limit), the next page takes the top one's place`, () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    const redirectTo = vi.spyOn(Taro, 'redirectTo').mockResolvedValue(ok)
    vi.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: MAX_OPEN_PAGES - 1 }, () => ({})) as never)
    openPage(routes.benefit('dibao'))
    navigationCancelled()
    vi.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: MAX_OPEN_PAGES }, () => ({})) as never)
    openPage(routes.section('livelihood'))
    expect(navigateTo.mock.calls).toEqual([[{ url: routes.benefit('dibao') }]])
    expect(redirectTo.mock.calls).toEqual([[{ url: routes.section('livelihood') }]])
  })
})
