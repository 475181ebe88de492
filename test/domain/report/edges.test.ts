// Edges and exact wording the mutation audit (npm run mutation, docs/mutation.md) found unpinned:
// each test here failed against at least one planted bug that the rest of the suite let through.
import { correctionPlace } from '../../../src/domain/report/corrections'
import { report } from '../../../src/domain/report/report'
import { readableBlocks } from '../../../src/domain/report/blocks'

describe('readable blocks: where a long paragraph breaks', () => {
  it('breaks only when the next sentence would pass the target length', () => {
    expect(readableBlocks('一二三。四五六。', 8)).toEqual(['一二三。四五六。'])
    expect(readableBlocks('一二三。四五六。', 7)).toEqual(['一二三。', '四五六。'])
    expect(readableBlocks('一二三。四五六。七。', 4)).toEqual(['一二三。', '四五六。', '七。'])
  })

  it('keeps stray punctuation, and gives nothing for nothing', () => {
    expect(readableBlocks('。开头', 120)).toEqual(['。开头'])
    expect(readableBlocks('。。', 1)).toEqual(['。。'])
    expect(readableBlocks('', 120)).toEqual([])
    expect(readableBlocks('没有句号的一段', 3)).toEqual(['没有句号的一段'])
  })
})

describe('where a correction was made', () => {
  const last = report.lineCount
  it.each([
    [1, '封面'],
    [2, '封面'],
    [3, '第3行'],
    [last - 2, `第${last - 2}行`],
    [last - 1, '文末'],
    [last, '文末'],
  ])('line %i → %s', (line, where) => {
    expect(correctionPlace({ section: null, line })).toBe(where)
  })

  it('names the section when there is one', () => {
    expect(correctionPlace({ section: 'economy', line: 1 })).toBe('坚持围绕中心，推动经济发展')
  })
})
