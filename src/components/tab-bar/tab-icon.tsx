import { TAB_ICON_STROKES, TAB_ICON_STYLE } from './icons'
import type { TabId } from './tabs'

/**
 * The web build draws the icon as inline SVG in the tab's text colour. An SVG file in an <img> costs
 * the phone a document of its own to parse before the first paint: one task of 120–290 ms for the
 * three icons in this machine's Chromium under 4× CPU slowdown, on every page load, the hidden first
 * screen included.
 */
// `selected` is part of the shared props for WeChat's files; here the colour follows the item's CSS.
export default function TabIcon({ tab }: { tab: TabId; selected: boolean }) {
  return (
    <svg
      className='tab-bar__icon'
      viewBox={TAB_ICON_STYLE.viewBox}
      fill='none'
      stroke='currentColor'
      strokeWidth={TAB_ICON_STYLE.strokeWidth}
      strokeLinecap='round'
      strokeLinejoin='round'
      aria-hidden='true'
      focusable='false'
    >
      {TAB_ICON_STROKES[tab].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  )
}
