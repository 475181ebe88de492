import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import { actionButtonClass, type ActionButtonProps } from './action-button.shared'
import './index.scss'

/**
 * H5: Taro's Button web component exposes no role or name, so the web build uses a
 * labelled, focusable element with role=button. (The WeChat build uses Button: index.weapp.tsx.)
 */
export default function ActionButton({ variant = 'secondary', onClick, ariaLabel, children }: PropsWithChildren<ActionButtonProps>) {
  const t = useT()
  return (
    <View className={actionButtonClass(variant)} aria-label={ariaLabel && t(ariaLabel)} {...pressable(() => onClick?.())}>
      {typeof children === 'string' ? t(children) : children}
    </View>
  )
}
