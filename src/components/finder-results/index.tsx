import { Text, View } from '@tarojs/components'
import type { IndexEntry } from '../../domain/benefits/types'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import FullAppOnly from '../full-app-only'
import './index.scss'

export interface FinderResultView {
  entry: IndexEntry
  reasons: string[]
}

interface FinderResultsProps {
  results: FinderResultView[]
  onOpen: (entry: IndexEntry) => void
}

export default function FinderResults({ results, onOpen }: FinderResultsProps) {
  const t = useT()
  return (
    <View className='finder-results'>
      <Text className='finder-results__notice'>{t('这只是提示，不是审批结果。能不能享受，要以村（社区）委员会、镇便民服务中心和县里有关部门的审核为准。')}</Text>
      {results.map(({ entry, reasons }) => (
        <View key={entry.id} className='finder-results__item' {...pressable(() => onOpen(entry), 'link')}>
          <Text className='finder-results__name'>{t(entry.name)}</Text>
          {reasons.map((r) => (
            <Text key={r} className='finder-results__reason'>
              {t(r)}
            </Text>
          ))}
          <FullAppOnly>
            <Text className='finder-results__more'>{t('查看详情 ›')}</Text>
          </FullAppOnly>
        </View>
      ))}
    </View>
  )
}
