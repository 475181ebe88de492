import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import type CustomTabBar from '../../custom-tab-bar'
import type { TabId } from '../tab-bar/tabs'

/**
 * In WeChat the tab bar is src/custom-tab-bar, which WeChat places under every tab page. As WeChat's
 * documentation has it, each tab page tells its tab bar which tab is its own every time it shows
 * (getTabBar()), after a switchTab, a Back or a reLaunch alike; the bar draws nothing here.
 */
export default function WebTabBar({ current }: { current: TabId }) {
  const page = useRef(Taro.getCurrentInstance().page)
  // Before WeChat has attached the bar there is none (undefined): it reads its page itself when it shows.
  useDidShow(() => Taro.getTabBar<CustomTabBar>(page.current)?.setSelected(current))
  return null
}
