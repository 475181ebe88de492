import { Text, View } from '@tarojs/components'
import type { Figure, Section } from '../../domain/report/types'
import { formatFigure } from '../../domain/report/report'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { roleProps } from '../../platform/a11y'
import FullAppOnly from '../full-app-only'
import './index.scss'

interface SectionCardProps {
  section: Section
  figures: Figure[]
  onOpen: () => void
}

export default function SectionCard({ section, figures, onOpen }: SectionCardProps) {
  const t = useT()
  return (
    <View className='section-card' {...pressable(onOpen, 'link')}>
      <Text className='section-card__title' {...roleProps('heading')} aria-level={3}>
        {t(section.title)}
      </Text>
      <Text className='section-card__summary'>{t(section.summary)}</Text>
      {figures.length > 0 && (
        <View className='section-card__figures'>
          {figures.map((f) => (
            <View key={f.id} className='section-card__figure'>
              <Text className='section-card__figure-value'>{t(formatFigure(f))}</Text>
              <Text className='section-card__figure-label'>{t(f.label)}</Text>
            </View>
          ))}
        </View>
      )}
      <FullAppOnly>
        <Text className='section-card__more'>{t('读全文 ›')}</Text>
      </FullAppOnly>
    </View>
  )
}
