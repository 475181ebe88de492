import { createContext, useContext, useMemo, useState, type PropsWithChildren } from 'react'
import { DEFAULT_SETTINGS, isLargeText, type Script, type Settings } from '../domain/reader/settings'
import { converterFor, type Converter } from '../domain/reader/script'
import { loadSettings, loadVillage, saveSettings, saveVillage } from '../platform/storage'
import { systemFontScale } from '../platform/system-font-scale'

export interface SettingsValue {
  settings: Settings
  largeText: boolean
  /** Converts text into the chosen script (identity for 简体). */
  t: Converter
  setLargeText: (on: boolean) => void
  setScript: (script: Script) => void
  /** 「我是哪个村」: one of the town's villages, or null. */
  village: string | null
  setVillage: (name: string | null) => void
}

const identity: Converter = (text) => text

/** Outside the provider (tests, a page rendered alone) everything has its default. */
const SettingsContext = createContext<SettingsValue>({
  settings: DEFAULT_SETTINGS,
  largeText: false,
  t: identity,
  setLargeText: () => {},
  setScript: () => {},
  village: null,
  setVillage: () => {},
})

export function SettingsProvider({ children, initial }: PropsWithChildren<{ initial?: Settings }>) {
  const [settings, setSettings] = useState<Settings>(() => initial ?? loadSettings())
  const [fontScale] = useState(systemFontScale)
  const [village, setVillageState] = useState<string | null>(loadVillage)
  const value = useMemo<SettingsValue>(() => {
    const update = (next: Settings) => {
      setSettings(next)
      saveSettings(next)
    }
    return {
      settings,
      largeText: isLargeText(settings, fontScale),
      t: converterFor(settings.script),
      setLargeText: (on) => update({ ...settings, largeText: on }),
      setScript: (script) => update({ ...settings, script }),
      village,
      setVillage: (name) => {
        setVillageState(name)
        saveVillage(name)
      },
    }
  }, [settings, fontScale, village])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export const useSettings = (): SettingsValue => useContext(SettingsContext)

/** The text converter for the chosen script: `const t = useT(); t('谁能申请')`. */
export const useT = (): Converter => useContext(SettingsContext).t
