import { View } from '@tarojs/components'
import { useEffect, type PropsWithChildren } from 'react'
import { useSettings } from '../../settings/settings-context'
import WebTabBar from '../web-tab-bar'
import ShareCanvas from '../share-canvas'
import { dropFirstScreen } from '../../first-screen'
import { showMissingPageNotice } from '../../page-not-found'
import type { TabId } from '../tab-bar/tabs'
import './index.scss'

interface PageShellProps {
  /** Set on the three tab pages: leaves room for the tab bar (and draws it on the web). */
  tab?: TabId
  /** The page still has its lower part to render (useAfterFirstRender): aria-busy until it has. */
  busy?: boolean
}

/** Root of every page: carries the design tokens, switched to the large set in 长辈模式. */
export default function PageShell({ tab, busy = false, children }: PropsWithChildren<PageShellProps>) {
  const { largeText } = useSettings()
  useEffect(dropFirstScreen, [])
  useEffect(showMissingPageNotice, [])
  return (
    <View className={`page-shell${largeText ? ' page-shell--large' : ''}${tab ? ' page-shell--tabbed' : ''}`} aria-busy={busy ? 'true' : undefined}>
      {children}
      {tab && <WebTabBar current={tab} />}
      <ShareCanvas />
    </View>
  )
}
