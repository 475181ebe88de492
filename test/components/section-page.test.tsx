import copy from 'copy-to-clipboard'
import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageHarness } from '../support/taro'
import SectionPage from '../../src/pages/section/index'

vi.mock('copy-to-clipboard', () => ({ default: vi.fn() }))

describe('section page', () => {
  it('shows the summary and figures with their quotes at once, and the full text right after', async () => {
    pageHarness.reset({ id: 'economy' })
    const { container } = render(<SectionPage />)
    // Screen readers are told the page is still filling in, until it has.
    expect(container.querySelector('.page-shell')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('heading', { level: 1, name: '坚持围绕中心，推动经济发展' })).toBeInTheDocument()
    expect(screen.getByText(/种粮、种棉的补贴发到农户/)).toBeInTheDocument()
    expect(screen.getByText('发放耕地地力保护补贴')).toBeInTheDocument()
    expect(screen.getByText('原文：“发放耕地地力保护补贴516万元”')).toBeInTheDocument()
    expect(screen.queryByText('（二）坚持围绕中心，推动经济发展')).toBeNull()
    expect(await screen.findByText('（二）坚持围绕中心，推动经济发展')).toBeInTheDocument()
    expect(container.querySelector('.page-shell')).not.toHaveAttribute('aria-busy')
    expect(screen.getByText(/年底完工龙溪桥水库除险加固项目/)).toBeInTheDocument()
  })

  it('has the full text there at once when the link points into it, to scroll to', () => {
    pageHarness.reset({ id: 'economy', p: '2' })
    render(<SectionPage />)
    expect(screen.getByText('（二）坚持围绕中心，推动经济发展')).toBeInTheDocument()
  })

  it('puts the section title in the top bar', async () => {
    pageHarness.reset({ id: 'problems' })
    const setTitle = vi.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<SectionPage />)
    await vi.waitFor(() => expect(setTitle).toHaveBeenCalledWith({ title: '当前工作存在的问题和不足' }))
  })

  it('shares this section to chats and the timeline', () => {
    pageHarness.reset({ id: 'livelihood' })
    render(<SectionPage />)
    expect(pageHarness.shareAppMessage?.()).toEqual({ title: '回应群众关切，提升民生福祉｜花桥镇2024年工作报告', path: '/pages/section/index?id=livelihood' })
    expect(pageHarness.shareTimeline?.()).toEqual({ title: '回应群众关切，提升民生福祉｜花桥镇2024年工作报告', query: 'id=livelihood' })
  })

  it('copies the full text with its source', async () => {
    pageHarness.reset({ id: 'livelihood' })
    const copied = vi.mocked(copy).mockResolvedValue(true)
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<SectionPage />)
    fireEvent.click(await screen.findByText('复制全文'))
    await vi.waitFor(() => expect(copied).toHaveBeenCalled())
    const [data] = copied.mock.calls[0]
    expect(data).toMatch(/^（四）回应群众关切，提升民生福祉\n\n/)
    expect(data).toContain('发放低保947人')
    expect(data).toContain('花桥镇 · 政务公开')
  })

  it('moves to the next chapter without growing the page stack', async () => {
    pageHarness.reset({ id: 'intro' })
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<SectionPage />)
    fireEvent.click(await screen.findByRole('button', { name: '下一章：提升政治站位，强化党建引领' }))
    expect(screen.queryByRole('button', { name: /上一章/ })).toBeNull()
    expect(redirect).toHaveBeenCalledWith({ url: '/pages/section/index?id=party-building' })
  })

  it.each([{}, { id: '' }, { id: 'nope' }, { id: '<script>alert(1)</script>' }, { id: 'x'.repeat(3000) }])('shows 未找到 for %j, with a way back', (params) => {
    pageHarness.reset(params)
    const relaunch = vi.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<SectionPage />)
    expect(screen.getByRole('heading', { name: '未找到这一章' })).toBeInTheDocument()
    fireEvent.click(screen.getByText('回到报告目录'))
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/report/index' })
  })
})
