import { Canvas } from '@tarojs/components'
import { SHARE_CANVAS_ID } from '../../platform/share-image'
import './index.scss'

/** The page's canvas for share pictures (share-image.ts), off screen and hidden from screen readers. */
export default function ShareCanvas() {
  return <Canvas type='2d' id={SHARE_CANVAS_ID} className='share-canvas' aria-hidden />
}
