import TabBar from '../tab-bar'
import type { TabId } from '../tab-bar/tabs'

/** The web build has no mini-program tab bar slot: the tab pages draw the bar themselves. */
export default function WebTabBar({ current }: { current: TabId }) {
  return <TabBar current={current} />
}
