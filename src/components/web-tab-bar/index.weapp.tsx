import type { TabId } from '../tab-bar/tabs'

/** In WeChat the tab bar is src/custom-tab-bar, which WeChat places under every tab page. */
export default function WebTabBar(_props: { current: TabId }) {
  return null
}
