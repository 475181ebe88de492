import { useEffect } from 'react'
import Taro from '@tarojs/taro'

/**
 * Shows what the page is about in the top bar (and the browser tab), e.g. the section's title.
 * A host without the API (or one that refuses) keeps the static title; the page never breaks over it.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    try {
      Taro.setNavigationBarTitle({ title }).catch(() => {})
    } catch {
      // No such API here.
    }
  }, [title])
}
