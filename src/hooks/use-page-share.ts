import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { chatShare, timelineShare, type SharePayload } from '../domain/share/share'
import { convertCard } from '../domain/share/card'
import { useT } from '../settings/settings-context'
import { useShareImages } from './use-share-images'

/**
 * The one way a page shares. Call it directly in the page component, and set both
 * enableShareAppMessage and enableShareTimeline in the page's index.config.ts.
 * In WeChat the card carries a picture drawn on the phone (useShareImages); if that fails or is
 * slow, WeChat uses its default picture of the page, so a share always works.
 */
export function usePageShare(payload: SharePayload): void {
  const t = useT()
  const title = t(payload.title)
  const images = useShareImages(convertCard(payload.card, t))
  useShareAppMessage(() => chatShare({ title, path: payload.path }, images.chat()))
  useShareTimeline(() => timelineShare({ title, query: payload.query }, images.timeline()))
}
