import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/** Root of every page: carries the design tokens (and, later, the large-text modifier). */
export default function PageShell({ children }: PropsWithChildren) {
  return <View className='page-shell'>{children}</View>
}
