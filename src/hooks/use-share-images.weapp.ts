import { useEffect, useRef } from 'react'
import { useReady } from '@tarojs/taro'
import type { ShareCard } from '../domain/share/card'
import type { CardShape } from '../domain/share/card-layout'
import { drawShareImage } from '../platform/share-image'
import { BROWSE_ONLY } from '../platform/launch-mode'
import type { ShareImages } from './use-share-images'

/** Pictures asked for this session, by shape and text, so each card is drawn once. */
const asked = new Map<string, Promise<string | null>>()
const drawn = new Map<string, string>()
/** After the page is shown, so drawing never delays what the villager reads first. */
const DRAW_AFTER_MS = 800

const keyOf = (card: ShareCard, shape: CardShape) => `${shape}:${JSON.stringify(card)}`

function picture(card: ShareCard, shape: CardShape): Promise<string | null> {
  const key = keyOf(card, shape)
  let image = asked.get(key)
  if (!image) {
    image = drawShareImage(card, shape).then((path) => {
      if (path) drawn.set(key, path)
      else asked.delete(key) // try again at the next share
      return path
    })
    asked.set(key, image)
  }
  return image
}

/**
 * In WeChat: the 朋友圈 picture is drawn soon after the page is ready, as WeChat asks for it
 * synchronously (onShareTimeline takes no promise). The chat picture is drawn only when the villager
 * shares, inside the share's promise, which WeChat waits 3 s for: one 1000 × 800 card is 3.2 MB of
 * pixels while drawn, held by no page that is never shared (docs/share-cards.md).
 */
export function useShareImages(card: ShareCard): ShareImages {
  const latest = useRef(card)
  latest.current = card
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useReady(() => {
    // In 单页模式 WeChat offers no sharing: nothing to draw for.
    if (!BROWSE_ONLY) timer.current = setTimeout(() => void picture(latest.current, 'timeline'), DRAW_AFTER_MS)
  })
  useEffect(() => () => clearTimeout(timer.current), [])
  return {
    chat: () => picture(card, 'chat'),
    timeline: () => {
      void picture(card, 'timeline') // for the next time, if not drawn yet
      return drawn.get(keyOf(card, 'timeline')) ?? null
    },
  }
}
