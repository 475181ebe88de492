import copy from 'copy-to-clipboard'
import { copyFailureMessage } from '../domain/platform-errors'
import { showModal, showToast } from './dialogs'

/**
 * Copies text and tells the reader in words what happened. (WeChat: clipboard.weapp.ts.)
 * The browser lets a page write the clipboard only right after a tap: copy-to-clipboard writes inside
 * the tap (the Clipboard API, or a selection and the copy command on older browsers), and only then
 * does the toast's code load (dialogs.ts). Taro's own web setClipboardData would bring its toast and
 * dialog code (25 KB) into every page with a copy button, the report home among them.
 */
export async function copyText(text: string, doneMessage: string): Promise<boolean> {
  const copied = await copy(text).catch(() => false)
  try {
    if (copied) await showToast({ title: doneMessage, icon: 'none', duration: 2500 })
    else await showModal({ title: '没有复制', content: copyFailureMessage(null), showCancel: false, confirmText: '知道了' })
  } catch {
    // No dialog either: the words are still on the page to long-press.
  }
  return copied
}
