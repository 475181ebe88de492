import Taro from '@tarojs/taro'
import { vi } from 'vitest'
import { SLIDE_IN_MS, navigationSettled, openPage } from '../../src/platform/navigation'
import { routes } from '../../src/routes'

const ok = { errMsg: 'ok' } as never

describe('one tap, one page, on the web (no slide)', () => {
  it('a double tap before the page shows opens it once; once it has shown, the next tap opens the next page at once', () => {
    expect(SLIDE_IN_MS).toBe(0)
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue(ok)
    openPage(routes.section('economy'))
    openPage(routes.section('economy'))
    navigationSettled()
    openPage(routes.section('livelihood'))
    expect(navigateTo.mock.calls.map(([o]) => o.url)).toEqual([routes.section('economy'), routes.section('livelihood')])
  })
})
