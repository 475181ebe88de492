import type { ShareCard } from '../domain/share/card'

export interface ShareImages {
  /** The 5:4 chat picture, being drawn or drawn; null where pictures are not drawn. */
  chat(): Promise<string | null> | null
  /** The 1:1 朋友圈 picture if it is already drawn, else null. */
  timeline(): string | null
}

const NONE: ShareImages = { chat: () => null, timeline: () => null }

/** On the web, sharing goes through the browser's share sheet or a copied link: no pictures. */
export function useShareImages(_card: ShareCard): ShareImages {
  return NONE
}
