import copy from 'copy-to-clipboard'
import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ShareButton from '../../src/components/share-button'
import { sharePayload } from '../../src/domain/share/share'
import { shareCard } from '../../src/domain/share/card'
import { SettingsProvider } from '../../src/settings/settings-context'
import { SETTINGS_STORAGE_KEY } from '../../src/domain/reader/settings'

vi.mock('copy-to-clipboard', () => ({ default: vi.fn() }))

const payload = sharePayload('提升民生福祉｜花桥镇2024年工作报告', '/pages/section/index', { id: 'livelihood' }, shareCard('提升民生福祉', '按时发放低保'))
const message = { head: ['【回应群众关切，提升民生福祉】'], body: ['· 发放低保：947人。原文：“发放低保947人”'] }

const tap = (name: string | RegExp = '发到群里') => {
  render(
    <SettingsProvider>
      <ShareButton payload={payload} message={message} />
    </SettingsProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name }))
}

describe('H5 「发到群里」', () => {
  afterEach(() => Taro.clearStorageSync())

  it('copies the group message ending with the page’s own link, and says so', async () => {
    const copied = vi.mocked(copy).mockResolvedValue(true)
    const toast = vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    tap()
    await vi.waitFor(() => expect(toast).toHaveBeenCalled())
    const lines = copied.mock.calls[0][0].split('\n')
    expect(lines).toEqual([
      '【回应群众关切，提升民生福祉】',
      '· 发放低保：947人。原文：“发放低保947人”',
      `点开看：${window.location.origin}${window.location.pathname}#/pages/section/index?id=livelihood`,
      '——花桥镇 · 政务公开',
    ])
    expect(toast.mock.calls[0][0]).toMatchObject({ title: '群消息已复制，到微信群里长按粘贴' })
  })

  it('copies it in 繁體 for a reader who chose 繁體, the link unchanged', async () => {
    Taro.setStorageSync(SETTINGS_STORAGE_KEY, JSON.stringify({ v: 1, largeText: null, script: 'traditional' }))
    const copied = vi.mocked(copy).mockResolvedValue(true)
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    tap(/^發到群/)
    await vi.waitFor(() => expect(copied).toHaveBeenCalled())
    const text = copied.mock.calls[0][0]
    expect(text).toContain('發放低保：947人')
    expect(text).toContain('#/pages/section/index?id=livelihood')
  })

  it('says plainly when the clipboard is refused, pointing to long-press', async () => {
    vi.mocked(copy).mockResolvedValue(false)
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true } as never)
    tap()
    await vi.waitFor(() => expect(modal).toHaveBeenCalled())
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '没有复制', content: '这次没能复制。可以长按文字，选「复制」。' })
  })
})
