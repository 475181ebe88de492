import { Text, View } from '@tarojs/components'
import type { Figure } from '../../domain/report/types'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import './index.scss'
import { SELECTABLE } from '../selectable'

interface FigureTileProps {
  figure: Figure
  /** Show the sentence the figure comes from (the section page does; the home page doesn't). */
  showQuote?: boolean
  onClick?: () => void
  /** Opens an earlier year's section the figure is compared with (the section page passes it). */
  onOpenEarlier?: (earlier: NonNullable<Figure['history']>[number]) => void
}

export default function FigureTile({ figure, showQuote = false, onClick, onOpenEarlier }: FigureTileProps) {
  const t = useT()
  return (
    <View className={`figure-tile${onClick ? ' figure-tile--link' : ''}`} {...(onClick ? pressable(onClick, 'link') : {})}>
      <View className='figure-tile__number'>
        <Text className='figure-tile__value'>{t(figure.value)}</Text>
        <Text className='figure-tile__unit'>{t(figure.unit)}</Text>
      </View>
      <Text className='figure-tile__label'>{t(figure.label)}</Text>
      {showQuote && <Text className='figure-tile__quote' {...SELECTABLE}>{t(`原文：“${figure.quote}”`)}</Text>}
      {figure.history?.map((h) => (
        <Text key={h.year} className='figure-tile__quote' {...(onOpenEarlier ? pressable(() => onOpenEarlier(h), 'link') : {})}>
          {t(
            showQuote
              ? `${h.year}年的报告：${h.value}${h.unit}，原文：“${h.quote}”${onOpenEarlier && !BROWSE_ONLY ? ' ›' : ''}`
              : `${h.year}年：${h.value}${h.unit}`,
          )}
        </Text>
      ))}
    </View>
  )
}
