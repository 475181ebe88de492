import { Text, View } from '@tarojs/components'
import type { Paragraph } from '../../domain/report/types'
import { numberedBlocks } from '../../domain/report/blocks'
import { useT } from '../../settings/settings-context'
import './index.scss'
import { SELECTABLE } from '../selectable'

interface FullTextProps {
  heading: string | null
  paragraphs: Paragraph[]
  /** The block a link points to (`p`), shown marked. */
  marked?: number | null
}

/** The id of block n, for links and scrolling. */
export const blockElementId = (n: number) => `p-${n}`

/**
 * The section exactly as published (after the recorded corrections), in short numbered blocks for
 * easier reading. Selectable by long-press: the way to copy when WeChat refuses the clipboard.
 */
export default function FullText({ heading, paragraphs, marked = null }: FullTextProps) {
  const t = useT()
  return (
    <View className='full-text'>
      {heading && (
        <Text className='full-text__heading' {...SELECTABLE}>
          {t(heading)}
        </Text>
      )}
      {numberedBlocks(paragraphs).map((p) => (
        <View key={p.line} className='full-text__paragraph'>
          {p.blocks.map((block) => (
            <Text key={block.n} id={blockElementId(block.n)} className={`full-text__block${block.n === marked ? ' full-text__block--marked' : ''}`} {...SELECTABLE}>
              {t(block.text)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
