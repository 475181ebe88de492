import { View } from '@tarojs/components'
import { useEffect, type PropsWithChildren, type ReactNode } from 'react'
import { useSettings } from '../../settings/settings-context'
import WebTabBar from '../web-tab-bar'
import ShareCanvas from '../share-canvas'
import { dropFirstScreen } from '../../first-screen'
import { showMissingPageNotice } from '../../page-not-found'
import { useRevealedCount } from '../../hooks/use-revealed-count'
import type { TabId } from '../tab-bar/tabs'
import './index.scss'

interface PageShellProps {
  /** Set on the three tab pages: leaves room for the tab bar (and draws it on the web). */
  tab?: TabId
  /**
   * What lies below the first screen, in parts (each with a key; false, null and undefined are left
   * out): rendered after the first screen, one part per task, each as a transition (useRevealedCount),
   * so the first render (web) or first setData (WeChat) is small and no later step is long. The page
   * is aria-busy until every part is there.
   */
  later?: readonly ReactNode[]
  /** Render `later` at once: a link points into it, and it must be there to scroll to. */
  laterAtOnce?: boolean
}

/** Root of every page: carries the design tokens, switched to the large set in 长辈模式. */
export default function PageShell({ tab, later, laterAtOnce = false, children }: PropsWithChildren<PageShellProps>) {
  const { largeText } = useSettings()
  // The page's own elements: a part already shown is the same element on the next step, and React
  // does not render it again (a test holds each part to one render).
  const parts = later?.filter((part) => part !== false && part !== null && part !== undefined) ?? []
  const shown = useRevealedCount(parts.length, !laterAtOnce)
  const busy = shown < parts.length
  useEffect(dropFirstScreen, [])
  useEffect(showMissingPageNotice, [])
  return (
    <View className={`page-shell${largeText ? ' page-shell--large' : ''}${tab ? ' page-shell--tabbed' : ''}`} aria-busy={busy ? 'true' : undefined}>
      {children}
      {parts.slice(0, shown)}
      {tab && <WebTabBar current={tab} />}
      <ShareCanvas />
    </View>
  )
}
