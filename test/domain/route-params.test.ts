import { cleanIdParam, parseKnownId } from '../../src/domain/route-params'
import { isSectionId } from '../../src/domain/report'

describe('route parameters from untrusted links', () => {
  it.each([
    ['economy', 'economy'],
    [' economy ', 'economy'],
    ['ECONOMY', 'economy'],
    ['plan%2Dsafety', 'plan-safety'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(parseKnownId(raw, isSectionId)).toBe(expected)
  })

  it.each([undefined, null, 42, '', '   ', 'nope', 'economy?x=1', '<script>alert(1)</script>', '%E0%A4%A', 'x'.repeat(5000), '经济', '../economy'])(
    'rejects %j without throwing',
    (raw) => {
      expect(parseKnownId(raw, isSectionId)).toBeNull()
    },
  )

  it('keeps well-formed but unknown ids apart from malformed ones', () => {
    expect(cleanIdParam('not-a-section')).toBe('not-a-section')
    expect(cleanIdParam('not a section')).toBeNull()
  })
})
