import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { SettingsProvider } from '../../src/settings/settings-context'
import { SETTINGS_STORAGE_KEY } from '../../src/domain/reader/settings'
import { pageHarness } from '../support/taro'
import ReportPage from '../../src/pages/report/index'
import MinePage from '../../src/pages/mine/index'
import SectionPage from '../../src/pages/section/index'
import BenefitsPage from '../../src/pages/benefits/index'

const shell = (container: HTMLElement) => container.querySelector('.page-shell')!

describe('长辈模式 and 繁體 through the settings provider', () => {
  beforeEach(() => {
    localStorage.clear()
    pageHarness.reset()
  })

  it('is off by default and switches on from the report home, remembered in storage', () => {
    const { container } = render(
      <SettingsProvider>
        <ReportPage />
      </SettingsProvider>,
    )
    expect(shell(container)).not.toHaveClass('page-shell--large')
    const toggle = screen.getByRole('button', { name: /长辈模式/ })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    fireEvent.click(toggle)
    expect(shell(container)).toHaveClass('page-shell--large')
    expect(screen.getByText('已开 · 点一下关闭')).toBeInTheDocument()
    expect(JSON.parse(Taro.getStorageSync(SETTINGS_STORAGE_KEY))).toMatchObject({ largeText: true })
  })

  it('restores a stored choice on the next launch', () => {
    Taro.setStorageSync(SETTINGS_STORAGE_KEY, JSON.stringify({ v: 1, largeText: true, script: 'traditional' }))
    const { container } = render(
      <SettingsProvider>
        <ReportPage />
      </SettingsProvider>,
    )
    expect(shell(container)).toHaveClass('page-shell--large')
    expect(screen.getByRole('heading', { level: 1, name: '花橋鎮2024年工作總結和2025年工作計劃' })).toBeInTheDocument()
  })

  it('starts with defaults when storage holds garbage', () => {
    Taro.setStorageSync(SETTINGS_STORAGE_KEY, '{not json')
    const { container } = render(
      <SettingsProvider>
        <ReportPage />
      </SettingsProvider>,
    )
    expect(shell(container)).not.toHaveClass('page-shell--large')
    expect(screen.getByRole('heading', { level: 1, name: '花桥镇2024年工作总结和2025年工作计划' })).toBeInTheDocument()
  })

  it('switches to 繁體 from 我的, and the report text follows', () => {
    render(
      <SettingsProvider>
        <MinePage />
      </SettingsProvider>,
    )
    fireEvent.click(screen.getByRole('button', { name: /繁體字/ }))
    expect(screen.getByRole('button', { name: /繁體字/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText('本小程序不收集、不上傳任何個人信息。')).toBeInTheDocument()
    expect(JSON.parse(Taro.getStorageSync(SETTINGS_STORAGE_KEY))).toMatchObject({ script: 'traditional' })
    // The way back names 简体 in its own form, not as 「簡體字」.
    const names = screen.getAllByRole('button', { name: /體字|体字/ }).map((b) => b.querySelector('.choice-button__label')?.textContent)
    expect(names).toEqual(['简体字', '繁體字'])
    fireEvent.click(screen.getByRole('button', { name: /简体字/ }))
    expect(screen.getByText('本小程序不收集、不上传任何个人信息。')).toBeInTheDocument()
  })

  it('shows search results in 繁體, the result count included', () => {
    Taro.setStorageSync(SETTINGS_STORAGE_KEY, JSON.stringify({ v: 1, largeText: false, script: 'traditional' }))
    render(
      <SettingsProvider>
        <BenefitsPage />
      </SettingsProvider>,
    )
    fireEvent(screen.getByLabelText('搜索惠民政策'), new CustomEvent('input', { bubbles: true, detail: { value: '看病' } }))
    expect(screen.getByRole('heading', { name: /^找到 \d+ 項$/ })).toBeInTheDocument()
  })

  it('shows a section in 繁體 with figures intact', async () => {
    Taro.setStorageSync(SETTINGS_STORAGE_KEY, JSON.stringify({ v: 1, largeText: false, script: 'traditional' }))
    pageHarness.reset({ id: 'economy' })
    render(
      <SettingsProvider>
        <SectionPage />
      </SettingsProvider>,
    )
    expect(screen.getByText('原文：“發放耕地地力保護補貼516萬元”')).toBeInTheDocument()
    expect(await screen.findByText(/湘商回歸/)).toBeInTheDocument()
    expect(screen.queryByText(/湘商迴歸/)).toBeNull()
  })
})

describe('朗读 (web)', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'speechSynthesis')
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance')
  })

  it('is absent without speech synthesis or without a Chinese voice', () => {
    pageHarness.reset({ id: 'economy' })
    render(<SectionPage />)
    expect(screen.queryByRole('button', { name: /朗读/ })).toBeNull()
  })

  it('reads the title, summary and text, and can be stopped', () => {
    const spoken: string[] = []
    const synth = {
      getVoices: () => [{ lang: 'zh-CN', name: 'Test', localService: true }],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        text: string
        lang = ''
        constructor(text: string) {
          this.text = text
        }
      },
      configurable: true,
    })
    pageHarness.reset({ id: 'economy' })
    render(<SectionPage />)
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '朗读这一页' }))
    })
    expect(spoken[0]).toBe('坚持围绕中心，推动经济发展')
    expect(spoken[1]).toMatch(/^种粮、种棉的补贴/)
    expect(spoken.join('')).toContain('发放耕地地力保护补贴516万元')
    fireEvent.click(screen.getByRole('button', { name: '■ 停止朗读' }))
    expect(synth.cancel).toHaveBeenCalled()
    expect(screen.getByRole('button', { name: '朗读这一页' })).toBeInTheDocument()
  })
})
