import { Text, View } from '@tarojs/components'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import './index.scss'

interface SearchEntryProps {
  /** What the villager already typed elsewhere (the benefits box), carried over to the search page. */
  query?: string
  onOpen: () => void
}

/** The way into the one search page, from the report home and the 惠民政策 tab. */
export default function SearchEntry({ query = '', onOpen }: SearchEntryProps) {
  const t = useT()
  const label = query ? `在整份报告里也找一找「${query.slice(0, 20)}」 ›` : '搜一搜：修路、喝水、村名 ›'
  return (
    <View className='search-entry' {...pressable(onOpen, 'link')}>
      <Text className='search-entry__label'>{t(label)}</Text>
    </View>
  )
}
