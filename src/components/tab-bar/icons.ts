import type { TabId } from './tabs'

/**
 * Each tab's icon: round-capped strokes on a 48×48 grid, in the tab's text colour. The web build draws
 * them inline (tab-icon.tsx); WeChat shows src/assets/tab-icons/*.svg (tab-icon.weapp.tsx), which a
 * test holds equal to tabIconSvg() of these.
 */
export const TAB_ICON_STROKES: Record<TabId, readonly string[]> = {
  report: ['M12 4h18l8 8v32H12z', 'M30 4v8h8M18 22h14M18 30h14M18 38h8'],
  benefits: ['M24 41S6 30 6 17a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 13-18 24-18 24z'],
  mine: ['M15 15a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M7 44c2-10 9-15 17-15s15 5 17 15'],
}

/** The same attributes on both targets. */
export const TAB_ICON_STYLE = { viewBox: '0 0 48 48', strokeWidth: 4 } as const

/** An icon as a standalone SVG file, stroked in `colour`. */
export function tabIconSvg(tab: TabId, colour: string): string {
  const paths = TAB_ICON_STROKES[tab].map((d) => `<path d="${d}"/>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${TAB_ICON_STYLE.viewBox}" fill="none" stroke="${colour}" stroke-width="${TAB_ICON_STYLE.strokeWidth}" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>\n`
}
