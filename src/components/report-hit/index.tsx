import { Text, View } from '@tarojs/components'
import { markedPieces } from '../../domain/search/report-search'
import type { SiteResults } from '../../domain/search/site-search'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import FullAppOnly from '../full-app-only'
import './index.scss'
import { SELECTABLE } from '../selectable'

interface ReportHitProps {
  hit: SiteResults['report'][number]
  onOpen: () => void
}

/** One sentence of the report that matches, the matched words marked, under its section's title. */
export default function ReportHit({ hit, onOpen }: ReportHitProps) {
  const t = useT()
  return (
    <View className='report-hit' {...pressable(onOpen, 'link')}>
      <Text className='report-hit__section'>{t(`出自「${hit.sectionTitle}」`)}</Text>
      <Text className='report-hit__sentence' {...SELECTABLE}>
        {markedPieces(hit).map((piece, i) =>
          piece.marked ? (
            <Text key={i} className='report-hit__mark'>
              {t(piece.text)}
            </Text>
          ) : (
            t(piece.text)
          ),
        )}
      </Text>
      {/* The next sentence, when it carries the figure the hit is about (report-search.ts). */}
      {hit.follow && (
        <Text className='report-hit__sentence' {...SELECTABLE}>
          {t(hit.follow)}
        </Text>
      )}
      <FullAppOnly>
        <Text className='report-hit__more'>{t('看原文这一段 ›')}</Text>
      </FullAppOnly>
    </View>
  )
}
