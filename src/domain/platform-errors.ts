/**
 * Plain words for what WeChat's own failures mean to a villager. WeChat reports privacy refusals with
 * an errno (developers.weixin.qq.com, 用户隐私保护): 112 when the 用户隐私保护指引 does not declare
 * the interface, 104 when the user declined WeChat's consent prompt.
 */
export const PRIVACY_NOT_DECLARED = 112
export const PRIVACY_DECLINED = 104

const LONG_PRESS = '可以长按文字，选「复制」。'

/** The message after a copy that did not happen; the text itself stays selectable by long-press. */
export function copyFailureMessage(error: unknown): string {
  const errno = typeof error === 'object' && error !== null ? Number((error as { errno?: unknown }).errno) : NaN
  const errMsg = typeof error === 'object' && error !== null ? String((error as { errMsg?: unknown }).errMsg ?? '') : ''
  if (errno === PRIVACY_DECLINED || /privacy permission is not authorized/.test(errMsg)) {
    return `您没有同意微信使用剪贴板，所以没有复制。${LONG_PRESS}`
  }
  return `这次没能复制。${LONG_PRESS}`
}

/** What the app says when WeChat has downloaded a newer version with new content. */
export const UPDATE_READY = {
  title: '有新内容',
  content: '小程序有了新版本，内容可能有更新。现在重新打开就能看到，要重新打开吗？',
  confirmText: '重新打开',
  cancelText: '以后再说',
} as const

/** When the download of a newer version failed: the version on the phone keeps working. */
export const UPDATE_FAILED = '新版本没有下载成功，不影响现在使用。下次打开时会再试。'
