import { Text, View } from '@tarojs/components'
import type { IndexEntry } from '../../domain/benefit-types'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import './index.scss'

interface BenefitItemProps {
  entry: IndexEntry
  /** The search term that matched, when it is not the official name. */
  matched?: string
  onOpen: () => void
}

export default function BenefitItem({ entry, matched, onOpen }: BenefitItemProps) {
  const t = useT()
  const aliasNote = matched && matched !== entry.name ? `您搜的「${matched}」` : entry.aliases.length ? `也叫：${entry.aliases.join('、')}` : ''
  return (
    <View className='benefit-item' {...pressable(onOpen, 'link')}>
      <Text className='benefit-item__name'>{t(entry.name)}</Text>
      {aliasNote && <Text className='benefit-item__aliases'>{t(aliasNote)}</Text>}
      <Text className='benefit-item__summary'>{t(entry.summary)}</Text>
      <Text className='benefit-item__more'>{t('查看详情 ›')}</Text>
    </View>
  )
}
