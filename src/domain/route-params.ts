/** Validation of untrusted route parameters (links pasted into chats arrive mangled). */

const MAX_ID_LENGTH = 64
const ID_PATTERN = /^[a-z0-9-]+$/

/** Decodes and trims a raw query value; returns null for anything that cannot be an id. */
export function cleanIdParam(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_ID_LENGTH * 3) return null
  let value = raw
  try {
    value = decodeURIComponent(raw)
  } catch {
    // A broken escape stays as it came: its % fails the pattern below.
  }
  value = value.trim().toLowerCase()
  if (value.length === 0 || value.length > MAX_ID_LENGTH || !ID_PATTERN.test(value)) return null
  return value
}

/** A parsed id that is also one of the known ids, or null. */
export function parseKnownId<T extends string>(raw: unknown, isKnown: (value: string) => value is T): T | null {
  const value = cleanIdParam(raw)
  return value !== null && isKnown(value) ? value : null
}

/** A 1-based position (`p=3`) no larger than `count`, or null for anything else (then: the top of the page). */
export function parsePosition(raw: unknown, count: number): number | null {
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw.trim())) return null
  const n = Number(raw)
  return n >= 1 && n <= count ? n : null
}

/** A report's year (`year=2025`), or null for anything else: a link without one means its default year. */
export function parseYear(raw: unknown): number | null {
  return typeof raw === 'string' && /^\s*\d{4}\s*$/.test(raw) ? Number(raw) : null
}

const MAX_SEARCH_PARAM = 200

/** A search link's words (`q`), decoded once if still %-encoded; anything odd becomes ''. */
export function parseSearchParam(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  let value = raw.slice(0, MAX_SEARCH_PARAM * 3)
  try {
    value = decodeURIComponent(value)
  } catch {
    // A literal % (「65.06%」) or a broken escape: keep the text as it came.
  }
  return value.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_SEARCH_PARAM)
}
