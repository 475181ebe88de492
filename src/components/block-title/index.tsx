import { Text } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useT } from '../../settings/settings-context'
import { roleProps } from '../../platform/a11y'
import './index.scss'

interface BlockTitleProps {
  level?: 1 | 2 | 3
}

/** A visible heading that is also announced as one (role=heading) on the web. */
export default function BlockTitle({ level = 2, children }: PropsWithChildren<BlockTitleProps>) {
  const t = useT()
  return (
    <Text className={`block-title block-title--level-${level}`} {...roleProps('heading')} aria-level={level}>
      {typeof children === 'string' ? t(children) : children}
    </Text>
  )
}
