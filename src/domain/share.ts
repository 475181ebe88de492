import { toQuery, withQuery } from './url'

/** What a page puts into a WeChat chat / timeline share, and into the H5 share sheet. */
export interface SharePayload {
  /** Chat card title (WeChat shows about two lines). */
  title: string
  /** Absolute page path with query, as onShareAppMessage wants it. */
  path: string
  /** Query only, as onShareTimeline wants it (the timeline always opens the current page). */
  query: string
}

export function sharePayload(title: string, pagePath: string, params: Record<string, string> = {}): SharePayload {
  return { title, path: withQuery(pagePath, params), query: toQuery(params) }
}
