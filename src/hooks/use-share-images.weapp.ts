import { useEffect, useRef } from 'react'
import { useReady } from '@tarojs/taro'
import type { ShareCard } from '../domain/share-card'
import type { CardShape } from '../domain/share-card-layout'
import { drawShareImage } from '../platform/share-image'
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

/** In WeChat: both pictures are drawn soon after the page is ready, or when it is shared. */
export function useShareImages(card: ShareCard): ShareImages {
  const latest = useRef(card)
  latest.current = card
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useReady(() => {
    timer.current = setTimeout(() => {
      void picture(latest.current, 'chat')
      void picture(latest.current, 'timeline')
    }, DRAW_AFTER_MS)
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
