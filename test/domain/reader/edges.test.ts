// Edges and exact wording the mutation audit (npm run mutation, docs/mutation.md) found unpinned:
// each test here failed against at least one planted bug that the rest of the suite let through.
import { makeConverter } from '../../../src/domain/reader/script'
import { chineseVoice } from '../../../src/domain/reader/speech'

describe('reading aloud and 繁體 at their edges', () => {
  it('speech: zh-CN first, then zh-Hans and zh-SG, matched from the start of the tag', () => {
    const v = (lang: string) => ({ lang, name: lang, localService: true })
    expect(chineseVoice([v('zh-TW'), v('zh-Hans-HK'), v('zh-CN')])?.lang).toBe('zh-CN')
    expect(chineseVoice([v('zh-TW'), v('zh-SG')])?.lang).toBe('zh-SG')
    expect(chineseVoice([v('zh-TW'), v('x-zh-CN'), v('zh-CN-x')])?.lang).toBe('zh-TW')
    expect(chineseVoice([v('zh-TW'), v('yue-zh-Hans')])?.lang).toBe('zh-TW')
    expect(chineseVoice([v('zh-TW'), v('zh-x-zh-CN')])?.lang).toBe('zh-TW')
    expect(chineseVoice([v('zh-TW'), v('zh-x-zh-Hans')])?.lang).toBe('zh-TW')
  })

  it('繁體 converter: odd values pass through untouched', () => {
    const t = makeConverter()
    expect(t('')).toBe('')
    expect(t(undefined as unknown as string)).toBeUndefined()
    expect(t('发展')).toBe('發展')
  })
})
