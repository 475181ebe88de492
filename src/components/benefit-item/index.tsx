import { Text, View } from '@tarojs/components'
import type { IndexEntry } from '../../domain/benefits/types'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import FullAppOnly from '../full-app-only'
import './index.scss'
import { SELECTABLE } from '../selectable'

interface BenefitItemProps {
  entry: IndexEntry
  /** Why this search result is here (「也叫「新农合」」); without it the item lists the aliases. */
  note?: string | null
  onOpen: () => void
}

export default function BenefitItem({ entry, note, onOpen }: BenefitItemProps) {
  const t = useT()
  const aliasNote = note ?? (entry.aliases.length ? `也叫：${entry.aliases.join('、')}` : '')
  return (
    <View className='benefit-item' {...pressable(onOpen, 'link')}>
      <Text className='benefit-item__name'>{t(entry.name)}</Text>
      {aliasNote && <Text className='benefit-item__aliases'>{t(aliasNote)}</Text>}
      <Text className='benefit-item__summary' {...SELECTABLE}>{t(entry.summary)}</Text>
      <FullAppOnly>
        <Text className='benefit-item__more'>{t('查看详情 ›')}</Text>
      </FullAppOnly>
    </View>
  )
}
