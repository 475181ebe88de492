import Taro from '@tarojs/taro'
import { openHomeForMissingPage } from './page-not-found'

// WeChat takes the redirect only from inside the not-found callback itself; Taro's usePageNotFound
// calls it a promise later. So the listener is WeChat's own (wx.onPageNotFound), registered as the
// app's code loads, before WeChat can report a missing page.
Taro.onPageNotFound(openHomeForMissingPage)

/** Registered above, once; nothing to do per render. */
export function useMissingPages(): void {}
