import Taro from '@tarojs/taro'
import { town } from '../domain/town'

/** Opens the phone's dialler with the number filled in; the user still decides to call. */
export function callPhone(phoneNumber: string): void {
  Taro.makePhoneCall({ phoneNumber }).catch(() => {
    // Cancelled by the user, or no dialler (a desktop browser): nothing to do.
  })
}

export const HOTLINE = town.hotline
