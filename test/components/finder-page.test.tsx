import { fireEvent, render, screen } from '@testing-library/react'
import { pageHarness } from '../support/taro'
import FinderPage from '../../src/pages/finder/index'

const next = () => fireEvent.click(screen.getByRole('button', { name: /^(下一题 ›|看结果)$/ }))

describe('situation finder page', () => {
  beforeEach(() => pageHarness.reset())

  it('walks from the first question to results with reasons, and answers can be changed', () => {
    render(<FinderPage />)
    expect(screen.getByText('第 1 题，共 6 题')).toBeInTheDocument()
    const elder = screen.getByRole('button', { name: /80岁以上的老人/ })
    fireEvent.click(elder)
    expect(elder).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText('已选')).toBeInTheDocument()
    for (let i = 0; i < 6; i++) next()
    expect(screen.getByRole('heading', { level: 1, name: '可能适合您家的政策' })).toBeInTheDocument()
    expect(screen.getByText(/这只是提示，不是审批结果/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^高龄津贴/ })).toBeInTheDocument()
    expect(screen.getByText('因为您家有80岁以上老人')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '重新回答' }))
    expect(screen.getByText('第 1 题，共 6 题')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '直接看结果' }))
    expect(screen.queryByRole('link', { name: /^高龄津贴/ })).toBeNull()
  })

  it('goes back a question and keeps the answer', () => {
    render(<FinderPage />)
    fireEvent.click(screen.getByRole('button', { name: /都没有/ }))
    next()
    expect(screen.getByText('第 2 题，共 6 题')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '‹ 上一题' }))
    expect(screen.getByRole('button', { name: /都没有/ })).toHaveAttribute('aria-pressed', 'true')
  })
})
