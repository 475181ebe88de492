import { render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import PageShell from '../../src/components/page-shell'
import { untilRevealed } from '../support/revealed'

describe('PageShell: what lies below the first screen comes a moment after it', () => {
  const renders = new Map<string, number>()
  function Part({ name }: { name: string }) {
    renders.set(name, (renders.get(name) ?? 0) + 1)
    return <Text>{name}</Text>
  }
  beforeEach(() => renders.clear())

  it('shows the page at once and the lower part after, and is busy until then', async () => {
    const { container } = render(
      <PageShell later={[<Part key='a' name='第一部分' />, <Part key='b' name='第二部分' />]}>
        <Text>第一屏</Text>
      </PageShell>,
    )
    const shell = container.querySelector('.page-shell')
    expect(screen.getByText('第一屏')).toBeInTheDocument()
    expect(screen.queryByText('第一部分')).toBeNull()
    expect(shell).toHaveAttribute('aria-busy', 'true')
    await untilRevealed()
    expect(screen.getAllByText(/^第.部分$/).map((el) => el.textContent)).toEqual(['第一部分', '第二部分'])
    expect(Object.fromEntries(renders)).toEqual({ 第一部分: 1, 第二部分: 1 })
  })

  it('shows the lower part with the first render when asked to (a link points into it)', () => {
    const { container } = render(<PageShell later={<Part name='第一部分' />} laterAtOnce />)
    expect(screen.getByText('第一部分')).toBeInTheDocument()
    expect(container.querySelector('.page-shell')).not.toHaveAttribute('aria-busy')
  })
})
