import { roleProps } from '../platform/a11y'
import { BROWSE_ONLY } from '../platform/launch-mode'

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

/** A link in WeChat's 单页模式, where WeChat refuses every page move: plain content, not tappable. */
const INERT_LINK: Record<string, never> = {}

export function pressable(onPress: () => void, role: 'button' | 'link' = 'button'): PressableProps | Record<string, never> {
  if (role === 'link' && BROWSE_ONLY) return INERT_LINK
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
