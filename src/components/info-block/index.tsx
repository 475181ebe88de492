import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import BlockTitle from '../block-title'
import './index.scss'

interface InfoBlockProps {
  title: string
}

/** A titled white block on a detail page (谁能申请, 怎么申请 …). */
export default function InfoBlock({ title, children }: PropsWithChildren<InfoBlockProps>) {
  return (
    <View className='info-block'>
      <BlockTitle>{title}</BlockTitle>
      <View className='info-block__body'>{children}</View>
    </View>
  )
}
