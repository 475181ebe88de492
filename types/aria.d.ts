// ARIA attributes the H5 build passes through to the DOM (WeChat ignores the ones it doesn't know).
import type { BaseTouchEvent, ITouchEvent } from '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any
  interface StandardProps<T = any, TouchEvent extends BaseTouchEvent<any> = ITouchEvent> {
    role?: string
    /** WeChat's spelling of role (src/components/a11y.weapp.ts). */
    'aria-role'?: string
    tabIndex?: number
    'aria-level'?: number
    'aria-label'?: string
    'aria-hidden'?: boolean | 'true' | 'false'
    'aria-live'?: 'polite' | 'assertive' | 'off'
    'aria-current'?: boolean | 'page' | 'true' | 'false'
    'aria-busy'?: boolean | 'true' | 'false'
    'aria-pressed'?: boolean | 'true' | 'false'
    /** Web only: keyboard activation of pressable Views (see src/components/pressable.ts). */
    onKeyDown?: (event: { key?: string; preventDefault?: () => void }) => void
  }
}
