import { Text, View } from '@tarojs/components'
import type { Cited } from '../../domain/benefits/types'
import DatedSource from '../dated-source'
import { useT } from '../../settings/settings-context'
import './index.scss'
import { SELECTABLE } from '../selectable'

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
  return (
    <View className='cited-list'>
      {items.map((item, i) => (
        // A run of statements from one source (a list of papers) names it once, under the last.
        <View key={i} className='cited-list__item'>
          <Text className='cited-list__marker' aria-hidden='true'>
            {numbered ? `${i + 1}.` : '·'}
          </Text>
          <View className='cited-list__body'>
            <Text className='cited-list__text' {...SELECTABLE}>{t(item.text)}</Text>
            {!sameSource(item, items[i + 1]) && <DatedSource source={item.source} checked={item.checked} />}
          </View>
        </View>
      ))}
    </View>
  )
}
