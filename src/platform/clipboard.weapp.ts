import Taro from '@tarojs/taro'
import { copyFailureMessage } from '../domain/platform-errors'
import { showModal, showToast } from './dialogs'

/**
 * Copies text and tells the reader in words what happened (WeChat's own toast alone is terse).
 * (The web: clipboard.ts.) In WeChat the clipboard is a privacy interface: when it is refused (not declared, or declined at
 * WeChat's prompt) the reader is told plainly, and the text on the page stays selectable by long-press.
 */
export async function copyText(text: string, doneMessage: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    await showToast({ title: doneMessage, icon: 'none', duration: 2500 })
    return true
  } catch (error) {
    try {
      await showModal({ title: '没有复制', content: copyFailureMessage(error), showCancel: false, confirmText: '知道了' })
    } catch {
      // No dialog either (an old host): nothing more to say.
    }
    return false
  }
}
