import { Text, View } from '@tarojs/components'
import ActionButton from '../action-button'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { town } from '../../domain/town'
import FullAppOnly from '../full-app-only'
import './index.scss'

interface NoResultsProps {
  query: string
  /** What was searched for: 政策 on the benefits tab, 内容 on the search page. */
  what?: string
  suggestions: readonly string[]
  onPick: (word: string) => void
  onCall: () => void
}

export default function NoResults({ query, what = '政策', suggestions, onPick, onCall }: NoResultsProps) {
  const t = useT()
  return (
    <View className='no-results' aria-live='polite'>
      <Text className='no-results__title'>{t(`没有找到和「${query.slice(0, 20)}」有关的${what}`)}</Text>
      <Text className='no-results__text'>{t('换个说法试试，或者点下面的词：')}</Text>
      <View className='no-results__words'>
        {suggestions.map((w) => (
          <View key={w} className='no-results__word' {...pressable(() => onPick(w))}>
            {t(w)}
          </View>
        ))}
      </View>
      <Text className='no-results__text'>{t(`还是找不到，可以问村（社区）委员会、镇便民服务中心，或者打${town.hotlineName}。`)}</Text>
      {/* In 单页模式 WeChat refuses calls: the line above gives the number as text. */}
      <FullAppOnly>
        <ActionButton onClick={onCall}>{`打 ${town.hotline} 咨询`}</ActionButton>
      </FullAppOnly>
    </View>
  )
}
