import Taro from '@tarojs/taro'

/** WeChat: the user's font setting (微信 → 设置 → 通用 → 字体大小), 1 at the standard size. */
export function systemFontScale(): number {
  try {
    // Both fields exist in WeChat's getAppBaseInfo result; Taro's typings omit them.
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    const scale = Number(info.fontSizeScaleFactor)
    if (Number.isFinite(scale) && scale > 0) return scale
    // iOS reports fontSizeSetting in pt; 17 is the standard size.
    const setting = Number(info.fontSizeSetting)
    return Number.isFinite(setting) && setting > 0 ? setting / 17 : 1
  } catch {
    return 1
  }
}
