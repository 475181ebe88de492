import { DEFAULT_SETTINGS, isLargeText, parseSettings, serializeSettings } from '../../../src/domain/reader/settings'

describe('settings from storage', () => {
  it('round-trips', () => {
    const s = { largeText: true, script: 'traditional' as const }
    expect(parseSettings(serializeSettings(s))).toEqual(s)
  })

  it.each([undefined, null, '', '{', 'null', '42', '[]', '"text"', '{"largeText":"yes","script":"klingon"}', { largeText: 1 }, [1, 2], 7, true])(
    'falls back to defaults for %j',
    (raw) => {
      const parsed = parseSettings(raw)
      expect(parsed.script).toBe('simplified')
      expect(parsed.largeText === null || typeof parsed.largeText === 'boolean').toBe(true)
    },
  )

  it('keeps the valid half of a partly valid value (an older version)', () => {
    expect(parseSettings('{"largeText":false,"script":"classic"}')).toEqual({ largeText: false, script: 'simplified' })
    expect(parseSettings('{"script":"traditional","fontSize":3}')).toEqual({ largeText: null, script: 'traditional' })
  })

  it('follows the system font until the user chooses', () => {
    expect(isLargeText(DEFAULT_SETTINGS, 1)).toBe(false)
    expect(isLargeText(DEFAULT_SETTINGS, 1.25)).toBe(true)
    // The threshold itself, on both sides: WeChat's first enlarged step is 1.1.
    expect(isLargeText(DEFAULT_SETTINGS, 1.09)).toBe(false)
    expect(isLargeText(DEFAULT_SETTINGS, 1.1)).toBe(true)
    expect(isLargeText(DEFAULT_SETTINGS, Number.NaN)).toBe(false)
    expect(isLargeText({ ...DEFAULT_SETTINGS, largeText: false }, 1.4)).toBe(false)
    expect(isLargeText({ ...DEFAULT_SETTINGS, largeText: true }, 1)).toBe(true)
  })
})

describe('where the settings live on the phone', () => {
  it('keeps the storage keys every installed copy already wrote (a new key would forget each villager’s 长辈模式 and village)', async () => {
    const { SETTINGS_STORAGE_KEY, VILLAGE_STORAGE_KEY } = await import('../../../src/domain/reader/settings')
    expect([SETTINGS_STORAGE_KEY, VILLAGE_STORAGE_KEY]).toEqual(['huaqiao.settings', 'huaqiao.village'])
  })
})
