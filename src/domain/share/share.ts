import type { ShareCard } from './card'
import { toQuery, withQuery } from '../url'

/** What a page puts into a WeChat chat / timeline share, and into the H5 share sheet. */
export interface SharePayload {
  /** Chat card title (WeChat shows about two lines). */
  title: string
  /** Absolute page path with query, as onShareAppMessage wants it. */
  path: string
  /** Query only, as onShareTimeline wants it (the timeline always opens the current page). */
  query: string
  /** What the card's picture says (drawn on the phone in WeChat). */
  card: ShareCard
}

export function sharePayload(title: string, pagePath: string, params: Record<string, string>, card: ShareCard): SharePayload {
  return { title, path: withQuery(pagePath, params), query: toQuery(params), card }
}

/** What onShareAppMessage returns: the plain share at once, and the card's picture when it is ready. */
export interface ChatShare {
  title: string
  path: string
  imageUrl?: string
  /** WeChat waits up to 3 s for it, then uses the plain share; it never rejects. */
  promise?: Promise<{ title: string; path: string; imageUrl?: string }>
}

/** The chat share, with `image` (a local file path, or null when drawing failed) as its promise. */
export function chatShare(plain: { title: string; path: string }, image: Promise<string | null> | null): ChatShare {
  if (!image) return { ...plain }
  return {
    ...plain,
    promise: image.then(
      (imageUrl) => (imageUrl ? { ...plain, imageUrl } : { ...plain }),
      () => ({ ...plain }),
    ),
  }
}

/** What onShareTimeline returns: it has no promise, so only a picture already drawn is used. */
export function timelineShare(plain: { title: string; query: string }, imageUrl: string | null): { title: string; query: string; imageUrl?: string } {
  return imageUrl ? { ...plain, imageUrl } : { ...plain }
}
