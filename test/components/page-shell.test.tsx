import { render, screen, waitFor } from '@testing-library/react'
import { Text } from '@tarojs/components'
import PageShell from '../../src/components/page-shell'
import { untilRevealed } from '../support/revealed'

describe('PageShell: what lies below the first screen comes a part per step', () => {
  const renders = new Map<string, number>()
  function Part({ name }: { name: string }) {
    renders.set(name, (renders.get(name) ?? 0) + 1)
    return <Text>{name}</Text>
  }
  beforeEach(() => renders.clear())

  it('shows the page at once, then the parts in order, one at a time, and is busy until the last', async () => {
    const { container } = render(
      <PageShell later={[<Part key='a' name='第一部分' />, false, <Part key='b' name='第二部分' />, null, <Part key='c' name='第三部分' />]}>
        <Text>第一屏</Text>
      </PageShell>,
    )
    const shell = container.querySelector('.page-shell')
    const shownParts = () => screen.queryAllByText(/^第.部分$/).map((el) => el.textContent)
    expect(screen.getByText('第一屏')).toBeInTheDocument()
    expect(shownParts()).toEqual([])
    expect(shell).toHaveAttribute('aria-busy', 'true')
    await waitFor(() => expect(shownParts()).toEqual(['第一部分']))
    expect(shell).toHaveAttribute('aria-busy', 'true')
    await untilRevealed()
    expect(shownParts()).toEqual(['第一部分', '第二部分', '第三部分'])
  })

  it('renders each part once: a part already shown is not rendered again when the next one comes', async () => {
    render(<PageShell later={['a', 'b', 'c', 'd'].map((name) => <Part key={name} name={name} />)} />)
    await untilRevealed()
    expect(Object.fromEntries(renders)).toEqual({ a: 1, b: 1, c: 1, d: 1 })
  })

  it('shows every part with the first render when asked to (a link points into them)', () => {
    const { container } = render(<PageShell later={[<Part key='a' name='第一部分' />, <Part key='b' name='第二部分' />]} laterAtOnce />)
    expect(screen.getByText('第二部分')).toBeInTheDocument()
    expect(container.querySelector('.page-shell')).not.toHaveAttribute('aria-busy')
  })
})
