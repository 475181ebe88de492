import { Text, View } from '@tarojs/components'
import BlockTitle from '../block-title'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import './index.scss'

interface ReportCoverProps {
  title: string
  issuer: string
  /** Not yet reviewed (report:add): shown only in npm start, and said so on the cover. */
  draft?: boolean
  onOpenCorrections: () => void
}

export default function ReportCover({ title, issuer, draft = false, onOpenCorrections }: ReportCoverProps) {
  const t = useT()
  return (
    <View className='report-cover'>
      {draft && <Text className='report-cover__draft'>{t('草稿：还没审核，只在预览里显示')}</Text>}
      <BlockTitle level={1}>{title}</BlockTitle>
      <Text className='report-cover__issuer'>{t(`${issuer} 发布`)}</Text>
      <Text className='report-cover__note' {...pressable(onOpenCorrections, 'link')}>
        {t(BROWSE_ONLY ? '原文的转换错字、标点已整理，每一处都有记录。' : '原文的转换错字、标点已整理，每一处都有记录：查看校勘说明 ›')}
      </Text>
    </View>
  )
}
