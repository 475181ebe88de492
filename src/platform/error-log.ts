import Taro from '@tarojs/taro'
import { ERROR_LOG_KEY, withError } from '../domain/error-log'
import { today } from './clock'

/** Keeps a page's render error in the phone's own storage (domain/error-log.ts); never throws. */
export function keepError(page: string, error: unknown): void {
  try {
    Taro.setStorageSync(ERROR_LOG_KEY, withError(Taro.getStorageSync(ERROR_LOG_KEY), page, error, today()))
  } catch {
    // Storage full or unavailable (单页模式): the page still says what to do.
  }
}

/** The page on screen, as a path without a leading slash ('pages/benefit/index'), or ''. */
export function currentPagePath(): string {
  try {
    return (Taro.getCurrentInstance().router?.path ?? '').replace(/^\//, '').split('?')[0]
  } catch {
    return ''
  }
}
