import { chineseVoice, speechChunks } from '../../../src/domain/reader/speech'

describe('read-aloud helpers', () => {
  it('picks a Mandarin voice, zh-CN first', () => {
    const voices = [
      { lang: 'en-US', name: 'A' },
      { lang: 'zh-TW', name: 'B' },
      { lang: 'zh-CN', name: 'C' },
    ]
    expect(chineseVoice(voices)?.name).toBe('C')
    expect(chineseVoice([{ lang: 'zh_HK', name: 'D' }])?.name).toBe('D')
    expect(chineseVoice([{ lang: 'en-GB', name: 'E' }])).toBeNull()
    expect(chineseVoice([])).toBeNull()
  })

  it('ranks zh-CN, then zh-Hans/zh-SG, then other Mandarin; a voice on the device before a network one', () => {
    const pick = (langs: [string, boolean][]) => chineseVoice(langs.map(([lang, localService], i) => ({ lang, name: String(i), localService })))?.lang
    expect(pick([['zh-TW', true], ['zh-Hans-CN', true], ['zh-CN', false]])).toBe('zh-CN')
    expect(pick([['zh-TW', true], ['zh_SG', true]])).toBe('zh_SG')
    expect(pick([['cmn-Hant-TW', true], ['en', true]])).toBe('cmn-Hant-TW')
    expect(pick([['zh', true], ['en', true]])).toBe('zh')
    expect(pick([['zhx-CN', true], ['xzh-CN', true], ['cmnx', true]])).toBeUndefined()
    expect(pick([['zh-CN', false], ['zh-CN', true]])).toBe('zh-CN')
    expect(chineseVoice([{ lang: 'zh-CN', name: 'net', localService: false }, { lang: 'zh-CN', name: 'device', localService: true }])?.name).toBe('device')
    expect(chineseVoice([{ lang: 'zh-CNX', name: 'odd' }, { lang: 'zh-Hans', name: 'hans' }])?.name).toBe('hans')
  })

  it('drops empty chunks and keeps whitespace-only texts out', () => {
    expect(speechChunks(['', '  ', '低保。'])).toEqual(['低保。'])
  })

  it('cuts long text into short utterances in order, losing nothing', () => {
    const long = '一二三四五。'.repeat(60)
    const chunks = speechChunks(['标题', long])
    expect(chunks[0]).toBe('标题')
    expect(chunks.slice(1).join('')).toBe(long)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(120)
  })
})
