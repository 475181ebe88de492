import { Text, View } from '@tarojs/components'
import BlockTitle from '../block-title'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import './index.scss'

interface ReportCoverProps {
  title: string
  issuer: string
  onOpenCorrections: () => void
}

export default function ReportCover({ title, issuer, onOpenCorrections }: ReportCoverProps) {
  const t = useT()
  return (
    <View className='report-cover'>
      <BlockTitle level={1}>{title}</BlockTitle>
      <Text className='report-cover__issuer'>{t(`${issuer} 发布`)}</Text>
      <Text className='report-cover__note' {...pressable(onOpenCorrections, 'link')}>
        {t(BROWSE_ONLY ? '原文的转换错字、标点已整理，每一处都有记录。' : '原文的转换错字、标点已整理，每一处都有记录：查看校勘说明 ›')}
      </Text>
    </View>
  )
}
