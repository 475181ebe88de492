import { Text, View } from '@tarojs/components'
import ActionButton from '../action-button'
import { useT } from '../../settings/settings-context'
import { roleProps } from '../../platform/a11y'
import FullAppOnly from '../full-app-only'
import './index.scss'

interface NotFoundProps {
  what: string
  backLabel: string
  onBack: () => void
}

/** Shown for a missing, unknown or mangled link: says so plainly and offers a way on. */
export default function NotFound({ what, backLabel, onBack }: NotFoundProps) {
  const t = useT()
  return (
    <View className='not-found'>
      <Text className='not-found__title' {...roleProps('heading')} aria-level={1}>
        {t(`未找到${what}`)}
      </Text>
      <Text className='not-found__text'>{t('这个链接可能不完整，或者内容已经调整。您可以从目录重新找一找。')}</Text>
      <FullAppOnly>
        <ActionButton variant='primary' onClick={onBack}>
          {backLabel}
        </ActionButton>
      </FullAppOnly>
    </View>
  )
}
