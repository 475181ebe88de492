import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useSettings } from '../../settings/settings-context'
import './index.scss'

/** Root of every page: carries the design tokens, switched to the large set in 长辈模式. */
export default function PageShell({ children }: PropsWithChildren) {
  const { largeText } = useSettings()
  return <View className={`page-shell${largeText ? ' page-shell--large' : ''}`}>{children}</View>
}
