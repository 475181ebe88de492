import { Canvas } from '@tarojs/components'
import { shareCanvasId } from '../../platform/share-image'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import './index.scss'

/**
 * The page's canvases for share pictures (platform/share-image.ts), one per shape, each box the size
 * of the picture it exports (index.scss): WeChat's export area then means the same whether it is read
 * in the box's units or the canvas's pixels. Off screen and hidden from screen readers. None in
 * 单页模式, where WeChat offers no sharing.
 */
export default function ShareCanvas() {
  if (BROWSE_ONLY) return null
  return (
    <>
      <Canvas type='2d' id={shareCanvasId('chat')} className='share-canvas share-canvas--chat' aria-hidden />
      <Canvas type='2d' id={shareCanvasId('timeline')} className='share-canvas share-canvas--timeline' aria-hidden />
    </>
  )
}
