import { webShareLink } from '../domain/share/web-share'

/** The web address of a page (its path and query), for a message pasted into a chat. (WeChat: page-link.weapp.ts.) */
export const pageLink = (pagePath: string): string | null => webShareLink(window.location, pagePath)

/** What 「发到群里」 says once the message is copied. */
export const COPIED_MESSAGE = '群消息已复制，到微信群里长按粘贴'
