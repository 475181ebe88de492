import Taro from '@tarojs/taro'
import { TAB_PAGES, type PagePath } from './routes'

const pathOf = (url: string) => url.split('?')[0] as PagePath

/** Opens a page built by routes.ts; tab pages need switchTab, others navigateTo. */
export function openPage(url: string): void {
  if (TAB_PAGES.includes(pathOf(url))) {
    void Taro.switchTab({ url: pathOf(url) })
  } else {
    void Taro.navigateTo({ url })
  }
}

/** From a page opened by a shared link (no history), going "back" means starting at that page afresh. */
export function restartAt(url: string): void {
  void Taro.reLaunch({ url })
}

/** Moving sideways (previous/next chapter) replaces the page, so the back stack stays short. */
export function replacePage(url: string): void {
  void Taro.redirectTo({ url })
}
