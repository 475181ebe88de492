import { checkedLabel, isStale, STALE_WARNING } from '../../../src/domain/benefits/freshness'

describe('when a fact was checked', () => {
  it('reads as 「2026年12月核对」; anything that is not a date gives no label', () => {
    expect(checkedLabel('2026-12-04')).toBe('2026年12月核对')
    expect(checkedLabel('2027-01-31')).toBe('2027年1月核对')
    for (const bad of [null, '', '2026-12', '2026/12/04', 'yesterday', '2026-12-04x', 'x2026-12-04']) expect(checkedLabel(bad)).toBeNull()
  })

  it('is stale only when checked more than 12 months before today on the phone', () => {
    const checked = '2026-12-04'
    expect(isStale(checked, new Date(2027, 10, 4))).toBe(false) // 11 months on
    expect(isStale(checked, new Date(2027, 11, 4, 23, 59))).toBe(false) // 12 months to the day
    expect(isStale(checked, new Date(2027, 11, 5, 0, 1))).toBe(true)
    expect(isStale(checked, new Date(2028, 0, 4))).toBe(true) // 13 months on
    expect(isStale('not a date', new Date(2026, 11, 4))).toBe(true)
    expect(isStale('2026-12-04 ', new Date(2026, 11, 4))).toBe(true)
    // To the millisecond: the last moment of the day 12 months on is still fresh, the next is not.
    expect(isStale(checked, new Date(2027, 11, 4, 23, 59, 59, 999))).toBe(false)
    expect(isStale(checked, new Date(2027, 11, 5, 0, 0, 0, 0))).toBe(true)
    expect(STALE_WARNING).toBe('这条信息可能已经变了，办之前先打电话问')
  })
})
