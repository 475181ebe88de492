import Taro from '@tarojs/taro'
import { DEFAULT_SETTINGS, parseSettings, parseVillage, serializeSettings, SETTINGS_STORAGE_KEY, VILLAGE_STORAGE_KEY, type Settings } from '../domain/reader/settings'
import { localFacts } from '../domain/benefits/local-data'

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

/** The villager's own village, if one of the town's villages is stored; anything else reads as none. */
export function loadVillage(): string | null {
  try {
    return parseVillage(Taro.getStorageSync(VILLAGE_STORAGE_KEY), localFacts.villages.map((v) => v.name))
  } catch {
    return null
  }
}

export function saveVillage(name: string | null): void {
  try {
    if (name) Taro.setStorageSync(VILLAGE_STORAGE_KEY, name)
    else Taro.removeStorageSync(VILLAGE_STORAGE_KEY)
  } catch {
    // Storage full or unavailable: the choice still applies until the app closes.
  }
}
