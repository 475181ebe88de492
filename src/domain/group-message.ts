/**
 * 「发到群里」: a ready-made message a village cadre pastes into a WeChat group — a heading, the page's
 * essentials one per line (a phone breaks lines only where the text does), and the way to open the page.
 * At most GROUP_MESSAGE_MAX characters; what does not fit is left out from the end, never cut mid-line.
 */
export const GROUP_MESSAGE_MAX = 500

export interface GroupMessage {
  /** Always sent: what the message is about. */
  head: string[]
  /** The essentials, most important first; later lines are left out when the message would be too long. */
  body: string[]
}

/**
 * The message's last line: the web link, or (in WeChat, which gives a page no web address) the
 * forwarded card. `convert` puts its words in the reader's script; the link itself is never converted.
 */
export function linkLine(link: string | null, appName: string, convert: (text: string) => string = (s) => s): string {
  return link ? `${convert('点开看：')}${link}` : convert(`点上面的小程序卡片打开看（在微信里搜「${appName}」小程序也能找到）`)
}

const lengthOf = (lines: string[]) => [...lines.join('\n')].length

/**
 * The message as pasted: head, as many body lines as fit, the link line and the brand. `convert` puts
 * every word in the reader's script (繁體); the link itself is never converted.
 */
export function composeMessage(message: GroupMessage, link: string | null, appName: string, convert: (text: string) => string = (s) => s): string {
  const tail = [linkLine(link, appName, convert), convert(`——${appName}`)]
  const lines = message.head.map(convert)
  const body: string[] = []
  for (const line of message.body.map(convert)) {
    if (lengthOf([...lines, ...body, line, ...tail]) > GROUP_MESSAGE_MAX) break
    body.push(line)
  }
  return [...lines, ...body, ...tail].join('\n')
}
