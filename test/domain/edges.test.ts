// Edges and exact wording the mutation audit (npm run mutation, docs/mutation.md) found unpinned:
// each test here failed against at least one planted bug that the rest of the suite let through.
import { UPDATE_FAILED } from '../../src/domain/platform-errors'
import { cleanIdParam, parsePosition, parseSearchParam } from '../../src/domain/route-params'

describe('untrusted link values at their limits', () => {
  it('refuses a raw id over 192 characters even if it would decode to a short one', () => {
    expect(cleanIdParam(`${' '.repeat(20)}${'%61'.repeat(60)}`)).toBeNull()
    expect(cleanIdParam(`${' '.repeat(12)}${'%61'.repeat(60)}`)).toBe('a'.repeat(60))
  })

  it('takes a block number of up to four digits', () => {
    expect(parsePosition('12', 20)).toBe(12)
    expect(parsePosition('1234', 2000)).toBe(1234)
    expect(parsePosition('12345', 20000)).toBeNull()
  })

  it('decodes a search link from its first 600 characters only', () => {
    const q = `%E4%BF%AE${'a'.repeat(600)}%E0%A4%A`
    expect(parseSearchParam(q).startsWith('修a')).toBe(true)
  })
})

describe('plain words for WeChat’s failures', () => {
  it('the update message says the current version keeps working', () => {
    expect(UPDATE_FAILED).toBe('新版本没有下载成功，不影响现在使用。下次打开时会再试。')
  })
})
