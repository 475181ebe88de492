import { Text, View } from '@tarojs/components'
import type { Cited } from '../../domain/benefit-types'
import { checkedLabel, isStale, STALE_WARNING } from '../../domain/freshness'
import { today } from '../../clock'
import { useT } from '../../settings/settings-context'
import './index.scss'

const sameSource = (a: Cited, b: Cited | undefined) => b !== undefined && a.source === b.source && a.checked === b.checked

interface CitedListProps {
  items: Cited[]
  numbered?: boolean
}

/**
 * Statements, each with where it comes from and when that was checked, so a cadre can check it; one
 * checked more than a year ago (on the phone's own date) says it may have changed.
 */
export default function CitedList({ items, numbered = false }: CitedListProps) {
  const t = useT()
  const now = today()
  return (
    <View className='cited-list'>
      {items.map((item, i) => (
        // A run of statements from one source (a list of papers) names it once, under the last.
        <View key={i} className='cited-list__item'>
          <Text className='cited-list__marker' aria-hidden='true'>
            {numbered ? `${i + 1}.` : '·'}
          </Text>
          <View className='cited-list__body'>
            <Text className='cited-list__text' userSelect>{t(item.text)}</Text>
            {item.source && !sameSource(item, items[i + 1]) && (
              <Text className='cited-list__source'>{t([`依据：${item.source}`, checkedLabel(item.checked)].filter(Boolean).join(' · '))}</Text>
            )}
            {item.checked && !sameSource(item, items[i + 1]) && isStale(item.checked, now) && <Text className='cited-list__stale'>{t(STALE_WARNING)}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
