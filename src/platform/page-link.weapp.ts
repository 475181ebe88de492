/**
 * WeChat gives a mini-program page no web address: the forwarded card is its link, so a pasted message
 * points to the card instead (group-message.ts linkLine).
 */
export const pageLink = (_pagePath: string): string | null => null

/** What 「发到群里」 says once the message is copied: the card goes first, the message under it. */
export const COPIED_MESSAGE = '群消息已复制，到群里长按输入框粘贴'
