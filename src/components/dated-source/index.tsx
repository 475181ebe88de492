import { Text } from '@tarojs/components'
import { checkedLabel, isStale, STALE_WARNING } from '../../domain/benefits/freshness'
import { today } from '../../platform/clock'
import { useT } from '../../settings/settings-context'
import './index.scss'

interface DatedSourceProps {
  source: string | null
  /** YYYY-MM-DD, or null when nothing was checked. */
  checked: string | null
}

/**
 * 「依据：… · 2026年12月核对」 under a fact; once the check is more than a year old on the phone's own
 * date, 「这条信息可能已经变了，办之前先打电话问」.
 */
export default function DatedSource({ source, checked }: DatedSourceProps) {
  const t = useT()
  if (!source) return null
  const label = checkedLabel(checked)
  return (
    <>
      <Text className='dated-source'>{t(label ? `依据：${source} · ${label}` : `依据：${source}`)}</Text>
      {checked && isStale(checked, today()) && <Text className='dated-source__stale'>{t(STALE_WARNING)}</Text>}
    </>
  )
}
