import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageHarness } from '../support/taro'
import { navigationCancelled } from '../../src/platform/navigation'
import ReportPage from '../../src/pages/report/index'

describe('report home', () => {
  beforeEach(() => pageHarness.reset())

  it('shows the cover and the one-minute overview at once, and the section cards a moment later', async () => {
    render(<ReportPage />)
    expect(screen.getByRole('heading', { name: '一分钟看懂' })).toBeInTheDocument()
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0)
    expect(await screen.findAllByRole('heading', { level: 3 })).toHaveLength(12)
  })

  it('shows the cover, the one-minute overview and all 12 sections in three groups', async () => {
    render(<ReportPage />)
    await screen.findAllByRole('heading', { level: 3 })
    expect(screen.getByRole('heading', { level: 1, name: '花桥镇2024年工作总结和2025年工作计划' })).toBeInTheDocument()
    expect(screen.getByText('衡南县花桥镇人民政府 发布')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '一分钟看懂' })).toBeInTheDocument()
    for (const group of ['2024年工作情况', '存在的问题和不足', '2025年工作计划']) {
      expect(screen.getByRole('heading', { level: 2, name: group })).toBeInTheDocument()
    }
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(12)
    const overview = screen.getByRole('region', { name: '一分钟看懂' })
    expect(within(overview).getAllByRole('link')).toHaveLength(8)
    expect(within(overview).getByText('516')).toBeInTheDocument()
    expect(within(overview).getByText('发放耕地地力保护补贴')).toBeInTheDocument()
  })

  it('opens a section when its card is tapped', async () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<ReportPage />)
    fireEvent.click(await screen.findByRole('link', { name: /提升民生福祉/ }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/section/index?id=livelihood' })
  })

  it('opens a card from the keyboard too (Enter or Space), and ignores other keys', async () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<ReportPage />)
    const card = await screen.findByRole('link', { name: /回应群众关切/ })
    expect(card).toHaveAttribute('tabindex', '0')
    fireEvent.keyDown(card, { key: 'a' })
    expect(navigateTo).not.toHaveBeenCalled()
    fireEvent.keyDown(card, { key: 'Enter' })
    navigationCancelled() // the reader went back to the report home: Space opens the section again
    fireEvent.keyDown(card, { key: ' ' })
    expect(navigateTo).toHaveBeenCalledTimes(2)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/section/index?id=livelihood' })
  })

  it('opens the section a headline figure comes from at the block its sentence is in', () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<ReportPage />)
    const overview = screen.getByRole('region', { name: '一分钟看懂' })
    const tile = within(overview).getByText('发放低保').closest('[role="link"]') as HTMLElement
    expect(within(tile).getByText('947')).toBeInTheDocument()
    fireEvent.click(tile)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/section/index?id=livelihood&p=3' })
  })

  it('shares the report home', () => {
    render(<ReportPage />)
    expect(pageHarness.shareAppMessage?.()).toEqual({ title: '一分钟看懂花桥镇2024年工作报告', path: '/pages/report/index' })
  })
})

describe('the report cover of a year not yet reviewed (npm start after report:add)', () => {
  it('says so above the title; a reviewed report says nothing of the kind', async () => {
    const { default: ReportCover } = await import('../../src/components/report-cover')
    const { rerender } = render(<ReportCover title='示例镇2030年工作总结' issuer='示例镇人民政府' draft onOpenCorrections={() => {}} />)
    expect(screen.getByText('草稿：还没审核，只在预览里显示')).toBeInTheDocument()
    rerender(<ReportCover title='示例镇2030年工作总结' issuer='示例镇人民政府' onOpenCorrections={() => {}} />)
    expect(screen.queryByText(/草稿/)).toBeNull()
  })

  it('the home links to 「去年说要做的事」 under the 2025 plan, and offers no 往年报告 while there is one year', async () => {
    render(<ReportPage />)
    await screen.findAllByRole('heading', { level: 3 })
    // It says what the page holds today (the items; each one's outcome once the next report is compared).
    expect(screen.getByText('看2025年计划里的每一件事')).toBeInTheDocument()
    expect(screen.queryByText('往年报告')).toBeNull()
  })
})
