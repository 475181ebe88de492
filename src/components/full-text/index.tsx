import { Text, View } from '@tarojs/components'
import type { Paragraph } from '../../domain/report-types'
import { readableBlocks } from '../../domain/report'
import './index.scss'

interface FullTextProps {
  heading: string | null
  paragraphs: Paragraph[]
}

/** The section exactly as published (after the recorded corrections), in short blocks for easier reading. */
export default function FullText({ heading, paragraphs }: FullTextProps) {
  return (
    <View className='full-text'>
      {heading && <Text className='full-text__heading'>{heading}</Text>}
      {paragraphs.map((p) => (
        <View key={p.line} className='full-text__paragraph'>
          {readableBlocks(p.text).map((block, i) => (
            <Text key={i} className='full-text__block'>
              {block}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
