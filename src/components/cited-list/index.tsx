import { Text, View } from '@tarojs/components'
import type { Cited } from '../../domain/benefit-types'
import { useT } from '../../settings/settings-context'
import './index.scss'

interface CitedListProps {
  items: Cited[]
  numbered?: boolean
}

/** Statements, each with where it comes from, so a cadre can check it. */
export default function CitedList({ items, numbered = false }: CitedListProps) {
  const t = useT()
  return (
    <View className='cited-list'>
      {items.map((item, i) => (
        <View key={i} className='cited-list__item'>
          <Text className='cited-list__marker' aria-hidden='true'>
            {numbered ? `${i + 1}.` : '·'}
          </Text>
          <View className='cited-list__body'>
            <Text className='cited-list__text' userSelect>{t(item.text)}</Text>
            {item.source && <Text className='cited-list__source'>{t(`依据：${item.source}`)}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
