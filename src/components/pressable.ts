import { roleProps } from './a11y'

/**
 * Props that make a View or Text act as a button or link for everyone: tap, and on the web also
 * focus (Tab) and Enter or Space. One mechanism for every tappable element that is not a Button.
 */
export type PressableProps = ReturnType<typeof roleProps> & {
  tabIndex: number
  /** WeChat's tap feedback (it has no :active); styled in app.scss. */
  hoverClass: string
  onClick: () => void
  onKeyDown: (event: { key?: string; preventDefault?: () => void }) => void
}

export function pressable(onPress: () => void, role: 'button' | 'link' = 'button'): PressableProps {
  return {
    ...roleProps(role),
    tabIndex: 0,
    hoverClass: 'pressable--pressed',
    onClick: onPress,
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.()
        onPress()
      }
    },
  }
}
