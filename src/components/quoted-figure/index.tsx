import { Text, View } from '@tarojs/components'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import './index.scss'

interface QuotedFigureProps {
  value?: string
  label?: string
  quote: string
  sectionTitle: string
  onOpenSection: () => void
}

/** A figure or sentence quoted from the report, with a link to the section it comes from. */
export default function QuotedFigure({ value, label, quote, sectionTitle, onOpenSection }: QuotedFigureProps) {
  const t = useT()
  return (
    <View className='quoted-figure'>
      {value && (
        <View className='quoted-figure__headline'>
          <Text className='quoted-figure__value'>{t(value)}</Text>
          {label && <Text className='quoted-figure__label'>{t(label)}</Text>}
        </View>
      )}
      <Text className='quoted-figure__quote'>{t(`报告原文：“${quote}”`)}</Text>
      <Text className='quoted-figure__link' {...pressable(onOpenSection, 'link')}>
        {t(BROWSE_ONLY ? `出自「${sectionTitle}」` : `出自「${sectionTitle}」，看这一章 ›`)}
      </Text>
    </View>
  )
}
