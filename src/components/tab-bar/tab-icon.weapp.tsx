import { Image } from '@tarojs/components'
import reportOn from '../../assets/tab-icons/report-on.svg'
import reportOff from '../../assets/tab-icons/report-off.svg'
import benefitsOn from '../../assets/tab-icons/benefits-on.svg'
import benefitsOff from '../../assets/tab-icons/benefits-off.svg'
import mineOn from '../../assets/tab-icons/mine-on.svg'
import mineOff from '../../assets/tab-icons/mine-off.svg'
import type { TabId } from './tabs'

/** WeChat has no inline SVG: the icon files (icons.ts draws the same strokes), as images. */
const ICONS: Record<TabId, { on: string; off: string }> = {
  report: { on: reportOn as string, off: reportOff as string },
  benefits: { on: benefitsOn as string, off: benefitsOff as string },
  mine: { on: mineOn as string, off: mineOff as string },
}

export default function TabIcon({ tab, selected }: { tab: TabId; selected: boolean }) {
  return <Image className='tab-bar__icon' src={selected ? ICONS[tab].on : ICONS[tab].off} aria-hidden='true' />
}
