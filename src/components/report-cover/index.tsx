import { Text, View } from '@tarojs/components'
import BlockTitle from '../block-title'
import { useT } from '../../settings/settings-context'
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
      <Text className='report-cover__note' onClick={onOpenCorrections} role='link'>
        {t('本页文字已由繁体转为简体并改正了转换错字，查看校勘说明 ›')}
      </Text>
    </View>
  )
}
