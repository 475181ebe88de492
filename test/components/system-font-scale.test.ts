// Reading the phone's text size: the web build asks the browser, the WeChat build asks WeChat.
import Taro from '@tarojs/taro'
import { vi } from 'vitest'
import { systemFontScale as webScale } from '../../src/platform/system-font-scale'
import { systemFontScale as weappScale } from '../../src/platform/system-font-scale.weapp'
import { makeConverter } from '../../src/domain/reader/script'

describe("the web build reads the browser's default text size", () => {
  it.each([
    ['20px', 1.25],
    ['16px', 1],
    ['', 1],
    ['0px', 1],
  ])('font-size %s → %f', (fontSize, scale) => {
    vi.spyOn(window, 'getComputedStyle').mockReturnValue({ fontSize } as CSSStyleDeclaration)
    expect(webScale()).toBe(scale)
    expect(document.body.children).toHaveLength(0)
  })

  describe("as rem.js measured it in the page's head (<html data-font-scale>)", () => {
    afterEach(() => document.documentElement.removeAttribute('data-font-scale'))

    it('takes it as it is, without measuring the page again', () => {
      document.documentElement.setAttribute('data-font-scale', '1.375')
      const measure = vi.spyOn(window, 'getComputedStyle')
      expect(webScale()).toBe(1.375)
      expect(measure).not.toHaveBeenCalled()
    })

    it.each(['NaN', '0', '-1', 'Infinity', ''])('measures it itself when the value is %j', (value) => {
      document.documentElement.setAttribute('data-font-scale', value)
      vi.spyOn(window, 'getComputedStyle').mockReturnValue({ fontSize: '20px' } as CSSStyleDeclaration)
      expect(webScale()).toBe(1.25)
    })
  })
})

describe("the WeChat build reads WeChat's font setting", () => {
  const info = (value: unknown) => vi.spyOn(Taro, 'getAppBaseInfo').mockReturnValue(value as ReturnType<typeof Taro.getAppBaseInfo>)
  it.each([
    [{ fontSizeScaleFactor: 1.4 }, 1.4],
    [{ fontSizeScaleFactor: 1.4, fontSizeSetting: 17 }, 1.4],
    [{ fontSizeSetting: 20.4 }, 1.2],
    [{ fontSizeScaleFactor: 0, fontSizeSetting: 17 }, 1],
    [{ fontSizeScaleFactor: Number.NaN, fontSizeSetting: 0 }, 1],
    [{}, 1],
  ])('%j → %f', (value, scale) => {
    info(value)
    expect(weappScale()).toBeCloseTo(scale, 5)
  })

  it('falls back to 1 when WeChat has no such API', () => {
    vi.spyOn(Taro, 'getAppBaseInfo').mockImplementation(() => {
      throw new Error('not supported')
    })
    expect(weappScale()).toBe(1)
  })
})

describe('the 繁體 converter', () => {
  it('passes empty and non-text values through untouched, and converts text', () => {
    const t = makeConverter()
    expect(t('')).toBe('')
    expect(t(undefined as unknown as string)).toBeUndefined()
    expect(t('花桥镇')).toBe('花橋鎮')
    expect(t('花桥镇')).toBe('花橋鎮')
  })
})
