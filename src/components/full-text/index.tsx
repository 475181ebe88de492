import { Text, View } from '@tarojs/components'
import type { Paragraph } from '../../domain/report-types'
import { readableBlocks } from '../../domain/text-blocks'
import { useT } from '../../settings/settings-context'
import './index.scss'

interface FullTextProps {
  heading: string | null
  paragraphs: Paragraph[]
}

/** The section exactly as published (after the recorded corrections), in short blocks for easier reading. */
export default function FullText({ heading, paragraphs }: FullTextProps) {
  const t = useT()
  return (
    <View className='full-text'>
      {heading && <Text className='full-text__heading'>{t(heading)}</Text>}
      {paragraphs.map((p) => (
        <View key={p.line} className='full-text__paragraph'>
          {readableBlocks(p.text).map((block, i) => (
            <Text key={i} className='full-text__block'>
              {t(block)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
