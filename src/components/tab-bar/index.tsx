import { Text, View } from '@tarojs/components'
import { useSettings } from '../../settings/settings-context'
import { openPage } from '../../platform/navigation'
import { pressable } from '../pressable'
import { roleProps } from '../../platform/a11y'
import { TABS, type TabId } from './tabs'
import TabIcon from './tab-icon'
import './index.scss'

interface TabBarProps {
  current: TabId | null
}

/**
 * The app's tab bar, drawn by the app on both targets so that 长辈模式 reaches it: WeChat's native
 * bar keeps its small fixed labels. Icon plus label; the current tab is marked by weight and an
 * underline as well as colour, and said to screen readers.
 */
export default function TabBar({ current }: TabBarProps) {
  const { largeText, t } = useSettings()
  return (
    <View className={`tab-bar${largeText ? ' tab-bar--large' : ''}`} {...roleProps('navigation')} aria-label={t('主菜单')}>
      {TABS.map((tab) => {
        const selected = tab.id === current
        return (
          <View
            key={tab.id}
            className={`tab-bar__item${selected ? ' tab-bar__item--selected' : ''}`}
            aria-label={t(selected ? `${tab.label}（当前页）` : tab.label)}
            aria-current={selected ? 'page' : undefined}
            {...pressable(() => {
              if (!selected) openPage(tab.path)
            }, 'link')}
          >
            <TabIcon tab={tab.id} selected={selected} />
            <Text className='tab-bar__label'>{t(tab.label)}</Text>
          </View>
        )
      })}
    </View>
  )
}
