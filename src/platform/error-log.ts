import Taro from '@tarojs/taro'
import { ERROR_LOG_KEY, withError } from '../domain/error-log'
import { today } from './clock'

/** Keeps the render error of the page on screen in the phone's own storage (domain/error-log.ts); never throws. */
export function keepError(error: unknown): void {
  try {
    const page = (Taro.getCurrentInstance().router?.path ?? '').replace(/^\//, '').split('?')[0]
    Taro.setStorageSync(ERROR_LOG_KEY, withError(Taro.getStorageSync(ERROR_LOG_KEY), page, error, today()))
  } catch {
    // Storage full or unavailable (单页模式): the page still says what to do.
  }
}
