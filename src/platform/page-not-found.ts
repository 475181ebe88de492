import { showModal } from './dialogs'
import { converterFor } from '../domain/reader/script'
import { restartAt } from './navigation'
import { routes } from '../routes'
import { loadSettings } from './storage'

export const PAGE_NOT_FOUND = {
  title: '链接打不开',
  content: '这个链接的页面找不到了，可能链接不完整。已为您打开报告首页，您可以从这里找一找。',
  confirmText: '知道了',
}

let noticeWaiting = false

/**
 * A link to a page this version does not have (mangled in a chat, or left from an older version):
 * WeChat and Taro's web router call App.onPageNotFound instead of opening anything. Open the report
 * home at once (WeChat requires the redirect within the callback); the home says why once it is shown.
 */
export function openHomeForMissingPage(): void {
  noticeWaiting = true
  restartAt(routes.report())
}

/**
 * Says plainly what happened, from the page that opened instead (PageShell calls this when a page
 * mounts). Not earlier: Taro's web router closes a dialog opened before a page change once the new page
 * is in, which on a slow phone came after the dialog, and WeChat wants a page on screen under a modal.
 */
export function showMissingPageNotice(): void {
  if (!noticeWaiting) return
  noticeWaiting = false
  const t = converterFor(loadSettings().script)
  void showModal({
    title: t(PAGE_NOT_FOUND.title),
    content: t(PAGE_NOT_FOUND.content),
    confirmText: t(PAGE_NOT_FOUND.confirmText),
    showCancel: false,
  }).catch(() => {
    // The dialog could not load (offline on the web): the home page is open, which is what matters.
  })
}
