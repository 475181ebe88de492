import type { PropsWithChildren } from 'react'
import { BROWSE_ONLY } from '../../platform/launch-mode'

/**
 * Controls that only work in the whole app: page moves, sharing, copying, calling. In WeChat's
 * 单页模式 (a page opened from the 朋友圈) WeChat would refuse each tap, so they are not drawn there;
 * PageShell says where the whole app is instead.
 */
export default function FullAppOnly({ children }: PropsWithChildren) {
  return BROWSE_ONLY ? null : <>{children}</>
}
