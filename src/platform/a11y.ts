/** The roles the app gives to elements a screen reader should announce as more than text. */
export type AriaRole = 'button' | 'link' | 'heading' | 'navigation'

/** Web: the standard ARIA role attribute. (WeChat spells it aria-role: a11y.weapp.ts.) */
export const roleProps = (role: AriaRole) => ({ role })
