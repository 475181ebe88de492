import { beyondTheFloor } from '../../scripts/lib/floor-css.mjs'

describe('CSS beyond the floor (Chrome 53, iOS 11.0)', () => {
  it.each([
    ['.a{display:grid}', 'display: grid'],
    ['.a{display: inline-grid;}', 'display: grid'],
    ['.a{gap:8px}', 'gap'],
    ['.a{color:red;row-gap: 8px}', 'gap'],
    ['.a{--x:max(34rpx,17PX)}', 'max()/min()/clamp()'],
    ['.a{width:clamp(1px,2px,3px)}', 'max()/min()/clamp()'],
    ['.a{overflow-wrap:anywhere}', 'overflow-wrap: anywhere without break-word'],
  ])('finds %s', (css, name) => {
    expect(beyondTheFloor(css)).toEqual([name])
  })

  it('passes what the floor has: flex, calc, var, a media query, anywhere after break-word', () => {
    expect(beyondTheFloor('.a{display:flex;width:calc(100% / var(--n, 2) - 8px)}@media (max-width:374px){.b{--x:17PX}}')).toEqual([])
    expect(beyondTheFloor('.a{overflow-wrap:break-word;word-break:break-word;overflow-wrap:anywhere}')).toEqual([])
    expect(beyondTheFloor('.a{min-width:0;max-width:10px;--gap-size:1px}')).toEqual([])
  })
})
