import Taro from '@tarojs/taro'
import { UPDATE_FAILED, UPDATE_READY } from '../domain/platform-errors'

/**
 * WeChat checks for a newer version at launch and downloads it in the background. When it is
 * ready, ask in plain words to reopen with it; a villager who says no keeps reading, and WeChat
 * uses the new version at the next cold start anyway.
 */
export function offerNewVersion(): void {
  try {
    const manager = Taro.getUpdateManager?.()
    if (!manager) return
    manager.onUpdateReady(() => {
      Taro.showModal({ ...UPDATE_READY })
        .then((answer) => {
          if (answer.confirm) manager.applyUpdate()
        })
        .catch(() => {})
    })
    manager.onUpdateFailed(() => {
      Taro.showToast({ title: UPDATE_FAILED, icon: 'none', duration: 3000 }).catch(() => {})
    })
  } catch {
    // An older WeChat without the update manager: the current version keeps working.
  }
}
