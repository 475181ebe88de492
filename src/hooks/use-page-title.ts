import { useEffect } from 'react'
import Taro from '@tarojs/taro'

/** Shows what the page is about in the top bar (and the browser tab), e.g. the section's title. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    Taro.setNavigationBarTitle({ title }).catch(() => {
      // Not available (e.g. a timeline page's restricted mode): the static title stays.
    })
  }, [title])
}
