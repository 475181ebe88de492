import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, type PropsWithChildren, type ReactNode } from 'react'
import { useSettings } from '../../settings/settings-context'
import WebTabBar from '../web-tab-bar'
import WebBackBar from '../web-back-bar'
import ShareCanvas from '../share-canvas'
import { dropFirstScreen } from '../../platform/first-screen'
import { showMissingPageNotice } from '../../platform/page-not-found'
import { navigationSettled } from '../../platform/navigation'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import { useKeyboardUp } from '../../platform/keyboard'
import { useAfterFirstRender } from '../../hooks/use-after-first-render'
import { town } from '../../domain/town'
import type { TabId } from '../tab-bar/tabs'
import './index.scss'

interface PageShellProps {
  /** Set on the three tab pages: leaves room for the tab bar (and draws it on the web). */
  tab?: TabId
  /**
   * What lies below the first screen: rendered a task after it, as a transition (useAfterFirstRender),
   * so the first render (web) or first setData (WeChat) is small. The page is aria-busy until then.
   */
  later?: ReactNode
  /** Render `later` at once: a link points into it, and it must be there to scroll to. */
  laterAtOnce?: boolean
}

/**
 * In 单页模式, above the page: which app it is from, and nothing more. WeChat's own bar at the bottom
 * offers 「前往小程序」; its rules for 单页模式 forbid urging the villager to tap it.
 */
export const BROWSE_ONLY_NOTE = `本页来自「${town.appName}」小程序`

/** Root of every page: carries the design tokens, switched to the large set in 长辈模式. */
export default function PageShell({ tab, later, laterAtOnce = false, children }: PropsWithChildren<PageShellProps>) {
  const { largeText, t } = useSettings()
  // WeChat draws no tab bar in 单页模式 (a page opened from the 朋友圈); on the web it steps aside
  // while the keyboard is up, so the answers have the space left.
  const keyboardUp = useKeyboardUp()
  const tabbed = tab && !BROWSE_ONLY && !keyboardUp
  const showLater = useAfterFirstRender(later !== undefined && !laterAtOnce)
  useEffect(dropFirstScreen, [])
  useEffect(showMissingPageNotice, [])
  // A page on screen ends the navigation that opened it (or the Back that returned to it).
  useDidShow(navigationSettled)
  return (
    <View className={`page-shell${largeText ? ' page-shell--large' : ''}${tabbed ? ' page-shell--tabbed' : ''}`} aria-busy={showLater ? undefined : 'true'}>
      {BROWSE_ONLY && <Text className='page-shell__browse-only'>{t(BROWSE_ONLY_NOTE)}</Text>}
      {!tab && <WebBackBar />}
      {children}
      {showLater && later}
      {tabbed && <WebTabBar current={tab} />}
      <ShareCanvas />
    </View>
  )
}
