import { Text, View } from '@tarojs/components'
import ActionButton from '../action-button'
import FullAppOnly from '../full-app-only'
import { useSettings } from '../../settings/settings-context'
import { roleProps } from '../../platform/a11y'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import { canGoBack, goBack, restartAt } from '../../platform/navigation'
import { callPhone, HOTLINE } from '../../platform/phone'
import { routes } from '../../routes'
import '../not-found/index.scss'

/**
 * What a page that failed to draw shows: its title, that it did not open, and the ways on. Drawn with
 * as little as possible (no PageShell, whose parts may be what failed), inside the shell's token class,
 * laid out as the 未找到 notice is (components/not-found's block).
 * In 单页模式 WeChat refuses page moves and calls, so the number is written out instead.
 */
export default function PageFailed({ title }: { title: string }) {
  const { largeText, t } = useSettings()
  const back = canGoBack()
  const advice = BROWSE_ONLY ? `有问题可以打 ${HOTLINE} 咨询。` : '可以回到首页再找一找。'
  return (
    <View className={`page-shell${largeText ? ' page-shell--large' : ''}`}>
      <View className='not-found'>
        <Text className='not-found__title' {...roleProps('heading')} aria-level={1}>
          {t(title)}
        </Text>
        <Text className='not-found__title'>{t('这一页没有打开')}</Text>
        <Text className='not-found__text'>{t(advice)}</Text>
        <FullAppOnly>
          {back && <ActionButton onClick={goBack}>返回</ActionButton>}
          <ActionButton variant='primary' onClick={() => restartAt(routes.report())}>
            回到首页
          </ActionButton>
          <ActionButton onClick={() => callPhone(HOTLINE)}>{`打 ${HOTLINE}`}</ActionButton>
        </FullAppOnly>
      </View>
    </View>
  )
}
