/** In WeChat the title bar has its own back button (and a home button on a page opened by a link). */
export default function WebBackBar() {
  return null
}
