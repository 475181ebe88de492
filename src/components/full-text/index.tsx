import { Text, View } from '@tarojs/components'
import type { Paragraph } from '../../domain/report-types'
import { readableBlocks } from '../../domain/text-blocks'
import { useT } from '../../settings/settings-context'
import './index.scss'

interface FullTextProps {
  heading: string | null
  paragraphs: Paragraph[]
}

/**
 * The section exactly as published (after the recorded corrections), in short blocks for easier reading.
 * Selectable by long-press: the way to copy when WeChat refuses the clipboard (src/clipboard.ts).
 */
export default function FullText({ heading, paragraphs }: FullTextProps) {
  const t = useT()
  return (
    <View className='full-text'>
      {heading && <Text className='full-text__heading' userSelect>{t(heading)}</Text>}
      {paragraphs.map((p) => (
        <View key={p.line} className='full-text__paragraph'>
          {readableBlocks(p.text).map((block, i) => (
            <Text key={i} className='full-text__block' userSelect>
              {t(block)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
