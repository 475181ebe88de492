import Taro from '@tarojs/taro'
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, SETTINGS_STORAGE_KEY, type Settings } from '../domain/settings'

/** Reads settings; storage that is missing, corrupted or unavailable (timeline 单页模式) gives the defaults. */
export function loadSettings(): Settings {
  try {
    return parseSettings(Taro.getStorageSync(SETTINGS_STORAGE_KEY))
  } catch {
    return DEFAULT_SETTINGS
  }
}

export function saveSettings(settings: Settings): void {
  try {
    Taro.setStorageSync(SETTINGS_STORAGE_KEY, serializeSettings(settings))
  } catch {
    // Storage full or unavailable: the choice still applies until the app closes.
  }
}
