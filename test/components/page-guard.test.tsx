import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import BenefitPage from '../../src/pages/benefit/index'
import MinePage from '../../src/pages/mine/index'
import { pageHarness } from '../support/taro'
import { FAULT_KEY } from '../../src/platform/fault-probe'
import { ERROR_LOG_KEY, parseErrorLog } from '../../src/domain/error-log'

describe('a page that fails to draw', () => {
  beforeEach(() => {
    localStorage.clear()
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => localStorage.clear())

  it('shows its title, that it did not open, and the ways on, not a blank page', () => {
    pageHarness.reset({ id: 'dibao' })
    Taro.setStorageSync(FAULT_KEY, 'render')
    render(<BenefitPage />)
    expect(screen.getByRole('heading', { level: 1, name: '花桥镇惠民政策' })).toBeInTheDocument()
    expect(screen.getByText('这一页没有打开')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '回到首页' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '打 12345' })).toBeInTheDocument()
    // No page below this one (a shared link): no 返回.
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull()
    expect(screen.getByText('可以回到首页再找一找。')).toBeInTheDocument()
    expect(screen.queryByText('最低生活保障')).toBeNull()
  })

  it('keeps the error on the phone for the next report', () => {
    Taro.setStorageSync(FAULT_KEY, 'render')
    render(<MinePage />)
    const kept = parseErrorLog(Taro.getStorageSync(ERROR_LOG_KEY))
    expect(kept).toHaveLength(1)
    expect(kept[0].message).toMatch(/render error forced by the test build/)
  })

  it('draws as usual when nothing fails', () => {
    render(<MinePage />)
    expect(screen.queryByText('这一页没有打开')).toBeNull()
    expect(screen.getByText('本小程序不收集、不上传任何个人信息。')).toBeInTheDocument()
    expect(Taro.getStorageSync(ERROR_LOG_KEY)).toBeFalsy()
  })
})
