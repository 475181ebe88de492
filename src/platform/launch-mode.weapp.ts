import Taro from '@tarojs/taro'

/**
 * WeChat opens a page shared to the 朋友圈 in 单页模式 (scene 1154): the page alone, with WeChat's own
 * bar and its 「前往小程序」 at the bottom. There WeChat refuses every page move, `<button open-type>`
 * and the tab bar (each tap only toasts 「请前往小程序使用完整服务」), and storage is not the app's.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html
 */
export const TIMELINE_SCENE = 1154

function openedFromTimeline(): boolean {
  try {
    return Taro.getLaunchOptionsSync().scene === TIMELINE_SCENE
  } catch {
    return false
  }
}

/** Read once: a 单页模式 launch stays one for its whole life (「前往小程序」 starts the full app). */
export const BROWSE_ONLY = openedFromTimeline()
