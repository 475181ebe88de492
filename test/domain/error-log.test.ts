import { ERROR_LOG_KEY, errorMessage, KEPT_ERRORS, parseErrorLog, withError } from '../../src/domain/error-log'

const NOW = new Date('2026-12-07T08:00:00Z')

describe('the kept render errors (never sent anywhere)', () => {
  it('are kept under their own storage key', () => {
    expect(ERROR_LOG_KEY).toBe('huaqiao.errors')
  })

  it('start empty, and corrupted or foreign storage reads as none', () => {
    for (const stored of [undefined, null, '', 42, '{not json', '{"page":"x"}', 'null', JSON.stringify([{ page: 1, message: 'x', at: 'y' }, null, 'x'])]) {
      expect(parseErrorLog(stored)).toEqual([])
    }
  })

  it('keep the page, what went wrong and when', () => {
    const stored = withError('', 'pages/benefit/index', new TypeError('l(...).at is not a function'), NOW)
    expect(parseErrorLog(stored)).toEqual([{ page: 'pages/benefit/index', message: 'TypeError: l(...).at is not a function', at: '2026-12-07T08:00:00.000Z' }])
  })

  it('keep what was thrown even when it is not an Error, cut to 200 characters', () => {
    expect(errorMessage('坏了')).toBe('坏了')
    expect(errorMessage(new Error('x'.repeat(300)))).toHaveLength(200)
    expect(errorMessage(new Error('x'.repeat(300)))).toMatch(/^Error: x+$/)
  })

  it(`keep only the newest ${KEPT_ERRORS}, oldest first`, () => {
    let stored = ''
    for (let i = 1; i <= KEPT_ERRORS + 2; i++) stored = withError(stored, `pages/p${i}/index`, new Error(`e${i}`), NOW)
    expect(parseErrorLog(stored).map((e) => e.page)).toEqual([3, 4, 5, 6, 7].map((i) => `pages/p${i}/index`))
  })

  it('drop, one by one, entries with a field missing or of another kind, and keep the valid ones beside them', () => {
    const valid = { page: 'pages/a/index', message: 'ok', at: 'then' }
    for (const bad of [null, 'x', 7, { ...valid, page: 1 }, { ...valid, message: null }, { ...valid, at: {} }, { message: 'ok', at: 'then' }]) {
      expect(parseErrorLog(JSON.stringify([bad, valid, bad])), JSON.stringify(bad)).toEqual([valid])
    }
  })

  it('add to what is kept, keeping the valid entries of a partly corrupted log', () => {
    const stored = JSON.stringify([{ page: 'pages/a/index', message: 'old', at: 'then' }, { nope: true }])
    expect(parseErrorLog(withError(stored, 'pages/b/index', new Error('new'), NOW)).map((e) => e.message)).toEqual(['old', 'Error: new'])
  })
})
