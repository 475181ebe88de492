/**
 * A page that failed to draw, kept on the phone (never sent anywhere) so that the next
 * `npm run sessions` report, or a developer with the phone in hand, can see what went wrong.
 */
export interface KeptError {
  /** The page's path, e.g. 'pages/benefit/index'. */
  page: string
  message: string
  /** ISO time on the phone's clock. */
  at: string
}

export const ERROR_LOG_KEY = 'huaqiao.errors'
/** Only the newest few: storage on an old phone is small, and one error usually repeats. */
export const KEPT_ERRORS = 5
const MESSAGE_LENGTH = 200

const isKeptError = (value: unknown): value is KeptError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeptError).page === 'string' &&
  typeof (value as KeptError).message === 'string' &&
  typeof (value as KeptError).at === 'string'

/** The kept errors from storage; anything missing or corrupted reads as none. */
export function parseErrorLog(stored: unknown): KeptError[] {
  if (typeof stored !== 'string' || !stored) return []
  try {
    const list: unknown = JSON.parse(stored)
    return Array.isArray(list) ? list.filter(isKeptError) : []
  } catch {
    return []
  }
}

/** What an error says, whatever was thrown, cut to a length storage can keep. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return message.slice(0, MESSAGE_LENGTH)
}

/** The log with one more error, the oldest dropped past KEPT_ERRORS, ready to store. */
export function withError(stored: unknown, page: string, error: unknown, now: Date): string {
  const entry: KeptError = { page, message: errorMessage(error), at: now.toISOString() }
  return JSON.stringify([...parseErrorLog(stored), entry].slice(-KEPT_ERRORS))
}
