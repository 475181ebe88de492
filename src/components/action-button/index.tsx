import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

export const ACTION_BUTTON_VARIANTS = ['primary', 'secondary'] as const
export type ActionButtonVariant = (typeof ACTION_BUTTON_VARIANTS)[number]

interface ActionButtonProps {
  variant?: ActionButtonVariant
  onClick?: () => void
  openType?: ButtonProps['openType']
  ariaLabel?: string
}

/** A large, labelled button (at least 88px tall on the design grid). */
export default function ActionButton({ variant = 'secondary', onClick, openType, ariaLabel, children }: PropsWithChildren<ActionButtonProps>) {
  return (
    <Button className={`action-button action-button--${variant}`} onClick={onClick} openType={openType} aria-label={ariaLabel}>
      {children}
    </Button>
  )
}
