import { Text, View } from '@tarojs/components'
import { useSettings } from '../../settings/settings-context'
import { pressable } from '../pressable'
import './index.scss'

/** The prominent 长辈模式 switch (report home and 我的). Its state is said in words, not only by colour. */
export default function LargeTextToggle() {
  const { largeText, setLargeText, t } = useSettings()
  return (
    <View className={`large-text-toggle${largeText ? ' large-text-toggle--on' : ''}`} aria-pressed={largeText} {...pressable(() => setLargeText(!largeText))}>
      <Text className='large-text-toggle__label'>{t('长辈模式（大字）')}</Text>
      <Text className='large-text-toggle__state'>{t(largeText ? '已开 · 点一下关闭' : '已关 · 点一下打开')}</Text>
    </View>
  )
}
