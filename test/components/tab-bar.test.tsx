import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { vi } from 'vitest'
import TabBar from '../../src/components/tab-bar'
import { TABS, tabOfRoute } from '../../src/components/tab-bar/tabs'
import { TAB_ICON_STROKES, tabIconSvg } from '../../src/components/tab-bar/icons'
import { SettingsProvider } from '../../src/settings/settings-context'
import { DEFAULT_SETTINGS } from '../../src/domain/reader/settings'
import ReportPage from '../../src/pages/report/index'
import SectionPage from '../../src/pages/section/index'
import { pageHarness } from '../support/taro'

describe('the tab bar', () => {
  it('shows the three tabs with icon and label, and says which one is open', () => {
    render(<TabBar current='benefits' />)
    const nav = screen.getByRole('navigation', { name: '主菜单' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['报告', '惠民政策', '我的'])
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(['报告', '惠民政策（当前页）', '我的'])
    expect(links[1]).toHaveAttribute('aria-current', 'page')
    expect(links[0]).not.toHaveAttribute('aria-current')
    expect(nav.querySelectorAll('.tab-bar__icon')).toHaveLength(3)
  })

  it("draws each icon inline on the web, in the tab's text colour, hidden from screen readers", () => {
    const { container } = render(<TabBar current='mine' />)
    const icons = [...container.querySelectorAll('svg.tab-bar__icon')]
    expect(icons).toHaveLength(3)
    expect(container.querySelectorAll('img')).toHaveLength(0)
    for (const [i, tab] of TABS.entries()) {
      expect(icons[i]).toHaveAttribute('stroke', 'currentColor')
      expect(icons[i]).toHaveAttribute('aria-hidden', 'true')
      expect([...icons[i].querySelectorAll('path')].map((p) => p.getAttribute('d'))).toEqual(TAB_ICON_STROKES[tab.id])
    }
  })

  it("WeChat's icon files are the same strokes, in the selected and the muted text colour", () => {
    const tokens = readFileSync(join(__dirname, '../../src/styles/_tokens.scss'), 'utf8')
    const token = (name: string) => tokens.match(new RegExp(`--${name}: (#[0-9a-f]{6})`))?.[1] ?? `no --${name}`
    for (const tab of TABS) {
      const file = (state: string) => readFileSync(join(__dirname, `../../src/assets/tab-icons/${tab.id}-${state}.svg`), 'utf8')
      expect(file('on')).toBe(tabIconSvg(tab.id, token('color-primary')))
      expect(file('off')).toBe(tabIconSvg(tab.id, token('color-text-muted')))
    }
  })

  it('opens a tab with switchTab, at the path the tab names', () => {
    const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(<TabBar current='report' />)
    fireEvent.click(screen.getByRole('link', { name: '我的' }))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  })

  it('takes the large sizes in 长辈模式 and the 繁體 labels', () => {
    const { container } = render(
      <SettingsProvider initial={{ largeText: true, script: 'traditional' }}>
        <TabBar current='report' />
      </SettingsProvider>,
    )
    expect(container.querySelector('.tab-bar')).toHaveClass('tab-bar--large')
    expect(screen.getByRole('link', { name: '惠民政策' }).textContent).toBe('惠民政策')
    expect(screen.getByRole('link', { name: '報告（當前頁）' })).toBeInTheDocument()
  })

  it('is drawn on tab pages and not on the others (web build)', () => {
    pageHarness.reset({ id: 'economy' })
    const { unmount } = render(
      <SettingsProvider initial={DEFAULT_SETTINGS}>
        <ReportPage />
      </SettingsProvider>,
    )
    expect(screen.getByRole('link', { name: '报告（当前页）' })).toBeInTheDocument()
    unmount()
    render(<SectionPage />)
    expect(screen.queryByRole('navigation', { name: '主菜单' })).toBeNull()
  })
})

describe('tabOfRoute', () => {
  it.each([
    ['pages/report/index', 'report'],
    ['/pages/benefits/index', 'benefits'],
    ['pages/mine/index?x=1', 'mine'],
    ['pages/section/index', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (route, tab) => {
    expect(tabOfRoute(route)).toBe(tab)
  })

  it('app.config.ts lists the same tab pages, in the same order, and asks for the custom bar', async () => {
    vi.stubGlobal('defineAppConfig', (config: unknown) => config)
    const { default: app } = await import('../../src/app.config')
    expect(app.tabBar?.custom).toBe(true)
    expect(app.tabBar?.list.map((t) => `/${t.pagePath}`)).toEqual(TABS.map((t) => t.path))
    expect(app.tabBar?.list.map((t) => t.text)).toEqual(TABS.map((t) => t.label))
  })
})
