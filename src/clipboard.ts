import Taro from '@tarojs/taro'

/** Copies text and tells the reader in words what happened (the platform toast alone is terse). */
export async function copyText(text: string, doneMessage: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    await Taro.showToast({ title: doneMessage, icon: 'none', duration: 2500 })
    return true
  } catch {
    await Taro.showToast({ title: '没能复制，请长按文字手动复制', icon: 'none', duration: 2500 })
    return false
  }
}
