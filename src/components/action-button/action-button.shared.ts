import type { ButtonProps } from '@tarojs/components'

export const ACTION_BUTTON_VARIANTS = ['primary', 'secondary'] as const
export type ActionButtonVariant = (typeof ACTION_BUTTON_VARIANTS)[number]

export interface ActionButtonProps {
  variant?: ActionButtonVariant
  onClick?: () => void
  /** WeChat only: e.g. 'share' opens the chat share sheet. */
  openType?: ButtonProps['openType']
  /** Spoken name when the visible text alone is not enough. */
  ariaLabel?: string
}

export const actionButtonClass = (variant: ActionButtonVariant) => `action-button action-button--${variant}`
