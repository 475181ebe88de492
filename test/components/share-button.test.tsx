import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ShareButton from '../../src/components/share-button'
import { sharePayload } from '../../src/domain/share'
import { shareCard } from '../../src/domain/share-card'

const payload = sharePayload('提升民生福祉｜花桥镇2024年工作报告', '/pages/section/index', { id: 'livelihood' }, shareCard('提升民生福祉', '按时发放低保'))

describe('H5 share button', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share')
  })

  it('uses the system share sheet with a deep link when the browser has one', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    render(<ShareButton payload={payload} />)
    fireEvent.click(screen.getByRole('button', { name: '分享给亲友' }))
    await vi.waitFor(() => expect(share).toHaveBeenCalled())
    expect(share.mock.calls[0][0]).toEqual({ title: payload.title, url: `${window.location.origin}${window.location.pathname}#/pages/section/index?id=livelihood` })
  })

  it('does nothing more when the reader cancels the share sheet', async () => {
    const share = vi.fn().mockRejectedValue(Object.assign(new Error('cancelled'), { name: 'AbortError' }))
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    const copy = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<ShareButton payload={payload} />)
    fireEvent.click(screen.getByRole('button', { name: '分享给亲友' }))
    await vi.waitFor(() => expect(share).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 0))
    expect(copy).not.toHaveBeenCalled()
  })

  it('falls back to copying when the share sheet fails', async () => {
    Object.defineProperty(navigator, 'share', { value: vi.fn().mockRejectedValue(new Error('not allowed')), configurable: true })
    const copy = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never)
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<ShareButton payload={payload} />)
    fireEvent.click(screen.getByRole('button', { name: '分享给亲友' }))
    await vi.waitFor(() => expect(copy).toHaveBeenCalled())
  })

  it('copies the link and says so when there is no share sheet', async () => {
    const copy = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never)
    const toast = vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<ShareButton payload={payload} />)
    fireEvent.click(screen.getByRole('button', { name: '分享给亲友' }))
    await vi.waitFor(() => expect(toast).toHaveBeenCalled())
    expect((copy.mock.calls[0][0] as { data: string }).data).toContain('#/pages/section/index?id=livelihood')
    expect(toast.mock.calls[0][0]).toMatchObject({ title: '链接已复制，可以粘贴到微信群里' })
  })
})
