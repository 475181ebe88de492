import { fireEvent, render, screen } from '@testing-library/react'
import SearchPage from '../../src/pages/search/index'
import { pageHarness } from '../support/taro'
import { SITE_SUGGESTIONS } from '../../src/domain/search/site-search'

describe('search page', () => {
  it('before anything is typed, offers what villagers often look for, and one tap searches it', async () => {
    pageHarness.reset({})
    render(<SearchPage />)
    expect(screen.getByText('大家常搜：')).toBeInTheDocument()
    for (const word of SITE_SUGGESTIONS) expect(screen.getByRole('button', { name: word })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '低保' }))
    expect(await screen.findByText(/惠民政策（\d+ 项）/)).toBeInTheDocument()
    expect(screen.queryByText('大家常搜：')).toBeNull()
  })
})

describe('a long paste into the search box', () => {
  it('keeps the first 200 characters and says so; a short one says nothing', async () => {
    pageHarness.reset({})
    render(<SearchPage />)
    // As Taro's Input reports a change (WeChat and the web alike).
    const type = (value: string) => fireEvent(screen.getByLabelText('搜索报告和惠民政策'), new CustomEvent('input', { bubbles: true, detail: { value } }))
    const pasted = `${'我想问一下低保怎么申请'.repeat(19)}还有医保`
    expect(pasted.length).toBeGreaterThan(200)
    type(pasted)
    expect(await screen.findByText('太长了，只留了前200个字')).toBeInTheDocument()
    type('低保')
    expect(screen.queryByText(/太长了/)).toBeNull()
  })
})
