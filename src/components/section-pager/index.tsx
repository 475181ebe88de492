import { View } from '@tarojs/components'
import type { Neighbours } from '../../domain/report/report'
import type { SectionId } from '../../domain/report/types'
import ActionButton from '../action-button'
import './index.scss'

interface SectionPagerProps {
  neighbours: Neighbours
  onOpen: (id: SectionId) => void
}

export default function SectionPager({ neighbours: { previous, next }, onOpen }: SectionPagerProps) {
  return (
    <View className='section-pager'>
      {previous && (
        <ActionButton onClick={() => onOpen(previous.id)} ariaLabel={`上一章：${previous.title}`}>
          ‹ 上一章
        </ActionButton>
      )}
      {next && (
        <ActionButton onClick={() => onOpen(next.id)} ariaLabel={`下一章：${next.title}`}>
          下一章 ›
        </ActionButton>
      )}
    </View>
  )
}
