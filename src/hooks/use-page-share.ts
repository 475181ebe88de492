import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { SharePayload } from '../domain/share'

/**
 * The one way a page shares. Call it directly in the page component, and set both
 * enableShareAppMessage and enableShareTimeline in the page's index.config.ts.
 */
export function usePageShare(payload: SharePayload): void {
  useShareAppMessage(() => ({ title: payload.title, path: payload.path }))
  useShareTimeline(() => ({ title: payload.title, query: payload.query }))
}
