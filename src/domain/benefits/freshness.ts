/**
 * When a fact was checked, and whether it may have changed since. Computed when a page is shown, on
 * the phone's own date: a published mini-program may go years without a rebuild.
 */
export const STALE_AFTER_MONTHS = 12
export const STALE_WARNING = '这条信息可能已经变了，办之前先打电话问'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** 「2026-12-04」 → 「2026年12月核对」; null for anything that is not such a date. */
export function checkedLabel(checked: string | null): string | null {
  const m = checked ? DATE.exec(checked) : null
  return m ? `${m[1]}年${Number(m[2])}月核对` : null
}

/** More than STALE_AFTER_MONTHS months before `today` (a date that cannot be read counts as stale). */
export function isStale(checked: string, today: Date): boolean {
  const m = DATE.exec(checked)
  if (!m) return true
  const limit = new Date(Number(m[1]), Number(m[2]) - 1 + STALE_AFTER_MONTHS, Number(m[3]))
  return today.getTime() > limit.getTime() + 24 * 60 * 60 * 1000 - 1
}
