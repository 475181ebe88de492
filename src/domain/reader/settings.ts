/** Reader settings: 长辈模式 (large text) and 简体/繁體. Parsed defensively from storage. */

export const SCRIPTS = ['simplified', 'traditional'] as const
export type Script = (typeof SCRIPTS)[number]

export interface Settings {
  /** null: no manual choice yet, so follow the WeChat / browser font setting. */
  largeText: boolean | null
  script: Script
}

export const DEFAULT_SETTINGS: Settings = { largeText: null, script: 'simplified' }
export const SETTINGS_STORAGE_KEY = 'huaqiao.settings'
const VERSION = 1

/** Anything read from storage (bad JSON, wrong types, an older shape) becomes valid settings. */
export function parseSettings(raw: unknown): Settings {
  let value: unknown = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      // Not JSON: the string itself is no settings object, so the defaults below.
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_SETTINGS
  const record = value as Record<string, unknown>
  return {
    largeText: typeof record.largeText === 'boolean' ? record.largeText : null,
    script: SCRIPTS.includes(record.script as Script) ? (record.script as Script) : 'simplified',
  }
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ v: VERSION, largeText: settings.largeText, script: settings.script })
}

/** The system font is "enlarged" above this scale (WeChat's standard size is 1). */
export const LARGE_FONT_SCALE = 1.1

/** A manual choice wins; otherwise follow the system font setting. */
export function isLargeText(settings: Settings, systemFontScale: number): boolean {
  if (settings.largeText !== null) return settings.largeText
  return Number.isFinite(systemFontScale) && systemFontScale >= LARGE_FONT_SCALE
}

/** 「我是哪个村」: kept under its own key, as the plain name of one of the town's villages. */
export const VILLAGE_STORAGE_KEY = 'huaqiao.village'

/** A stored choice that is not one of the town's villages (corrupted, or a village since removed) is no choice. */
export function parseVillage(raw: unknown, names: readonly string[]): string | null {
  return typeof raw === 'string' && names.includes(raw) ? raw : null
}
