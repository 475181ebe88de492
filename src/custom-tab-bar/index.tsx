import { Component } from 'react'
import Taro from '@tarojs/taro'
import TabBar from '../components/tab-bar'
import { tabOfRoute, type TabId } from '../components/tab-bar/tabs'

/** The page this tab bar belongs to: WeChat gives every tab page a tab bar instance of its own. */
const currentTab = () => {
  const pages = Taro.getCurrentPages()
  return tabOfRoute(pages[pages.length - 1]?.route)
}

/**
 * WeChat's custom tab bar (app.config.ts tabBar.custom): the app's own TabBar, so 长辈模式 reaches it.
 * A class, so that a tab page can reach it through getTabBar() and set its tab (WeChat's documented
 * pattern: components/web-tab-bar); it also reads its page itself whenever it shows.
 */
export default class CustomTabBar extends Component<object, { current: TabId | null }> {
  state = { current: currentTab() }

  componentDidShow() {
    this.setState({ current: currentTab() })
  }

  setSelected(current: TabId) {
    this.setState({ current })
  }

  render() {
    return <TabBar current={this.state.current} />
  }
}
