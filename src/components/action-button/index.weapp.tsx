import { Button } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useT } from '../../settings/settings-context'
import { actionButtonClass, type ActionButtonProps } from './action-button.shared'
import './index.scss'

/** WeChat: a real Button, so open-type (share) works and the screen reader announces a button. */
export default function ActionButton({ variant = 'secondary', onClick, openType, ariaLabel, children }: PropsWithChildren<ActionButtonProps>) {
  const t = useT()
  return (
    <Button className={actionButtonClass(variant)} onClick={onClick} openType={openType} ariaLabel={ariaLabel && t(ariaLabel)}>
      {typeof children === 'string' ? t(children) : children}
    </Button>
  )
}
