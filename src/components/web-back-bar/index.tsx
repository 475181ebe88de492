import { Text, View } from '@tarojs/components'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { canGoBack, goBack, returnTo } from '../../platform/navigation'
import { routes } from '../../routes'
import './index.scss'

/**
 * The web's way back, at the top of every detail page (WeChat draws its own back button in the title
 * bar: index.weapp.tsx). 「‹ 返回」 goes back one page as the browser's Back does; 「首页」 returns to the
 * report home where the reader left it, or opens it afresh for a page opened by a shared link.
 */
export default function WebBackBar() {
  const t = useT()
  return (
    <View className='web-back-bar' role='navigation' aria-label={t('返回')}>
      {canGoBack() && (
        <Text className='web-back-bar__link' {...pressable(goBack, 'link')}>
          {t('‹ 返回')}
        </Text>
      )}
      <Text className='web-back-bar__link web-back-bar__link--home' {...pressable(() => returnTo(routes.report()), 'link')}>
        {t('首页')}
      </Text>
    </View>
  )
}
