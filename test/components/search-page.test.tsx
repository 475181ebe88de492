import { fireEvent, render, screen } from '@testing-library/react'
import SearchPage from '../../src/pages/search/index'
import { pageHarness } from '../support/taro'
import { SITE_SUGGESTIONS } from '../../src/domain/site-search'

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
