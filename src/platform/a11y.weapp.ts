import type { AriaRole } from './a11y'

/**
 * WeChat's screen reader reads aria-role (base library 2.7.1+), not role. Taro's View and Text
 * templates carry it because config/index.ts injects the attribute with @tarojs/plugin-inject.
 */
export const roleProps = (role: AriaRole) => ({ 'aria-role': role })
