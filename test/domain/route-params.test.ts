import { cleanIdParam, parseKnownId, parsePosition, parseSearchParam, parseYear } from '../../src/domain/route-params'
import { isSectionId } from '../../src/domain/report/report'

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

  it.each([null, undefined, 42, '', '   ', '%20', '%E0%A4%A', 'null'.replace('null', '')])('cleanIdParam(%j) is no id', (raw) => {
    expect(cleanIdParam(raw)).toBeNull()
  })
})

describe('parsePosition (a link\'s p)', () => {
  it.each([
    ['1', 5, 1],
    ['5', 5, 5],
    [' 3 ', 5, 3],
    ['6', 5, null],
    ['0', 5, null],
    ['-1', 5, null],
    ['2.5', 5, null],
    ['1e2', 500, null],
    ['abc', 5, null],
    ['', 5, null],
    [undefined, 5, null],
    ['1', 0, null],
  ])('%s of %i → %s', (raw, count, expected) => {
    expect(parsePosition(raw, count)).toBe(expected)
  })
})

describe('parseYear (a link\'s year)', () => {
  it.each([
    ['2025', 2025],
    [' 2023 ', 2023],
    ['2025\n', 2025],
    ['202', null],
    ['20255', null],
    ['x2025', null],
    ['2025x', null],
    ['２０２５', null],
    ['', null],
    [undefined, null],
    [2025, null],
  ])('%j → %s', (raw, expected) => {
    expect(parseYear(raw)).toBe(expected)
  })
})

describe('parseSearchParam (a link\'s q)', () => {
  it.each([
    ['修路', '修路'],
    ['%E4%BF%AE%E8%B7%AF', '修路'],
    ['65.06%', '65.06%'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['  低保 ', '低保'],
    ['a\u0000b\u0007', 'ab'],
    [undefined, ''],
    [42, ''],
  ])('%s → %s', (raw, expected) => {
    expect(parseSearchParam(raw)).toBe(expected)
  })

  it('keeps at most 200 characters', () => {
    expect(parseSearchParam('路'.repeat(3000))).toHaveLength(200)
  })
})

describe('cleanIdParam at its length limits', () => {
  it('accepts an id of 64 characters, even %-encoded to 192, and nothing longer', () => {
    expect(cleanIdParam('a'.repeat(64))).toBe('a'.repeat(64))
    expect(cleanIdParam('a'.repeat(65))).toBeNull()
    expect(cleanIdParam('%61'.repeat(64))).toBe('a'.repeat(64))
    expect(cleanIdParam(`${'%61'.repeat(64)}a`)).toBeNull()
  })
})
