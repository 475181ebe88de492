import { chineseVoice, speechChunks } from '../../src/domain/speech'

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

  it('cuts long text into short utterances in order, losing nothing', () => {
    const long = '一二三四五。'.repeat(60)
    const chunks = speechChunks(['标题', long])
    expect(chunks[0]).toBe('标题')
    expect(chunks.slice(1).join('')).toBe(long)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(120)
  })
})
