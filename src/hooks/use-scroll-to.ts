import { useEffect } from 'react'
import Taro from '@tarojs/taro'

/** Room left above the element, so its first line (and its mark) is not cut by the screen's edge. */
const ROOM_ABOVE_PX = 24

/**
 * Scrolls the page to the element with this id once it is drawn (a link to a paragraph). A host
 * that cannot scroll leaves the reader at the top, where the page still makes sense.
 */
export function useScrollTo(elementId: string | null): void {
  useEffect(() => {
    if (!elementId) return
    Taro.nextTick(() => {
      try {
        Taro.pageScrollTo({ selector: `#${elementId}`, offsetTop: -ROOM_ABOVE_PX, duration: 300 }).catch(() => {})
      } catch {
        // No such API here.
      }
    })
  }, [elementId])
}
