import { render, screen } from '@testing-library/react'
import MinePage from '../../src/pages/mine/index'

describe('我的', () => {
  it('offers no village choice while the town has supplied no village (content/local is empty)', () => {
    render(<MinePage />)
    expect(screen.queryByRole('group', { name: '我是哪个村' })).toBeNull()
    expect(screen.queryByText('我是哪个村')).toBeNull()
  })

  it('says where the content comes from, when it was edited, and that nothing is collected', () => {
    render(<MinePage />)
    expect(screen.getByRole('heading', { name: '关于' })).toBeInTheDocument()
    expect(screen.getByText(/衡南县花桥镇人民政府发布的《花桥镇2024年工作总结和2025年工作计划》/)).toBeInTheDocument()
    expect(screen.getByText(/内容整理日期：\d{4}-\d{2}-\d{2}/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /校勘说明/ })).toBeInTheDocument()
    expect(screen.getByText('本小程序不收集、不上传任何个人信息。')).toBeInTheDocument()
  })
})
