import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import TabBar from '../components/tab-bar'
import { tabOfRoute } from '../components/tab-bar/tabs'

/** The page this tab bar belongs to: WeChat gives every tab page a tab bar instance of its own. */
const currentTab = () => {
  const pages = Taro.getCurrentPages()
  return tabOfRoute(pages[pages.length - 1]?.route)
}

/** WeChat's custom tab bar (app.config.ts tabBar.custom): the app's own TabBar, so 长辈模式 reaches it. */
export default function CustomTabBar() {
  const [current, setCurrent] = useState(currentTab)
  useDidShow(() => setCurrent(currentTab()))
  return <TabBar current={current} />
}
