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
    return null
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
