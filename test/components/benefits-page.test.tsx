import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageHarness } from '../support/taro'
import BenefitsPage from '../../src/pages/benefits/index'

const type = (value: string) => {
  // Taro's Input reports what was typed in event.detail.value.
  fireEvent(screen.getByLabelText('搜索惠民政策'), new CustomEvent('input', { bubbles: true, detail: { value } }))
}

describe('benefits page (search)', () => {
  beforeEach(() => pageHarness.reset())

  it('shows every category and benefit when the box is empty: the first at once, the others right after', async () => {
    render(<BenefitsPage />)
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['种田补贴'])
    await screen.findByRole('heading', { name: '住房和生活设施' })
    for (const name of ['种田补贴', '生活困难救助', '老人和残疾人', '看病和医保', '就业和防返贫', '住房和生活设施']) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument()
    }
    expect(screen.getAllByRole('link', { name: /查看详情/ })).toHaveLength(23)
  })

  it('puts the best match first as the user types', () => {
    render(<BenefitsPage />)
    type('新农合')
    const links = screen.getAllByRole('link', { name: /查看详情/ })
    expect(links[0]).toHaveAccessibleName(/^城乡居民基本医疗保险/)
    expect(within(links[0]).getByText('也叫「新农合」')).toBeInTheDocument()
  })

  it('opens the benefit page from a result', () => {
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<BenefitsPage />)
    type('db')
    fireEvent.click(screen.getAllByRole('link', { name: /查看详情/ })[0])
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/benefit/index?id=dibao' })
  })

  it('answers a query with no match kindly: suggestions and 12345', () => {
    const call = vi.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<BenefitsPage />)
    type('<script>alert(1)</script>')
    expect(screen.getByText(/没有找到和「/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '打 12345 咨询' }))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
    fireEvent.click(screen.getByRole('button', { name: '看病' }))
    // The suggestion searches for 看病: 医保 and 医疗救助 come first.
    const results = screen.getAllByRole('link', { name: /查看详情/ }).map((l) => l.querySelector('.benefit-item__name')?.textContent)
    expect(results.slice(0, 2)).toEqual(['城乡居民基本医疗保险', '医疗救助与健康帮扶'])
  })

  it('can be cleared', async () => {
    render(<BenefitsPage />)
    type('低保')
    fireEvent.click(screen.getByRole('button', { name: '清空搜索' }))
    await waitFor(() => expect(screen.getAllByRole('link', { name: /查看详情/ })).toHaveLength(23))
  })
})
