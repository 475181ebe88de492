// The report search's rules one by one, on a few made-up sentences (src/domain/search/report-search.ts):
// numbers and years, the next sentence that carries a figure, plan and money hints, words kept
// inside a longer report word. Each rule gives its own answer, so a lost rule shows here.
import { queryTerms, searchSentences, type QuestionHints, type ReportSentence } from '../../../src/domain/search/report-search'

const sentence = (text: string, section = 'a', paragraph = 1): ReportSentence => ({ section, paragraph, text })
const texts = (sentences: ReportSentence[], q: string, hints?: QuestionHints) => searchSentences(sentences, [], q, {}, hints).map((h) => h.sentence.text)
const terms = (q: string, reportText: string) => queryTerms(q, [], reportText).map((t) => [t.text, t.weight])

describe('numbers and years in a question', () => {
  it('looks for a number of two digits or more whole, and never for one digit', () => {
    expect(terms('55', '发放55人')).toEqual([['55', 1]])
    expect(terms('5', '发放5人')).toEqual([])
    expect(terms('65.06', '征缴率65.06%')).toEqual([['65.06', 1]])
    expect(terms('65.06.', '征缴率65.06%')).toEqual([['65.06', 1]])
    expect(terms('77', '发放55人')).toEqual([])
  })

  it('reads a year as naming the report: looked for only when nothing else is asked', () => {
    const report = '2024年修路，1999年建桥，12024号，2124号'
    expect(terms('2024', report)).toEqual([['2024', 1]])
    expect(terms('1999', report)).toEqual([['1999', 1]])
    expect(terms('2024修路', report)).toEqual([['修路', 1]])
    expect(terms('2031', report)).toEqual([])
    // Not years: five digits, or a century other than 19 and 20.
    expect(terms('12024修路', report)).toEqual([['12024', 1], ['修路', 1]])
    expect(terms('2124修路', report)).toEqual([['2124', 1], ['修路', 1]])
  })

  it('never finds a number inside a longer one, at either end or at the ends of the sentence', () => {
    const sentences = [sentence('124元'), sentence('245元'), sentence('24元'), sentence('发放24'), sentence('1.24元')]
    expect(texts(sentences, '24')).toEqual(['24元', '发放24'])
  })
})

describe('the next sentence, when it carries the figure', () => {
  const follow = (a: string, b: string, sectionOfB = 'a') => searchSentences([sentence(a), sentence(b, sectionOfB)], [], '修路', {})[0]?.follow

  it('comes along when it has a figure and shares a word with the hit, which has none', () => {
    expect(follow('全力推进修路工程。', '工程完成30公里。')).toBe('工程完成30公里。')
  })

  it('does not come when the hit has a figure, the next has none, they share no word, or it is another section', () => {
    expect(follow('修路工程3处。', '工程完成30公里。')).toBeUndefined()
    expect(follow('全力推进修路工程。', '工程进展顺利。')).toBeUndefined()
    expect(follow('全力推进修路。', '饮水完成30处。')).toBeUndefined()
    expect(follow('全力推进修路工程。', '工程完成30公里。', 'b')).toBeUndefined()
  })

  it('a year is no figure, and a shared pair of digits or letters is no shared word', () => {
    expect(follow('全力推进修路工程。', '工程2024年启动。')).toBeUndefined()
    expect(follow('修路ab段。', '另有ab段完成30公里。')).toBeUndefined()
  })

  it.each(['我镇', '全镇', '工作', '开展', '进一', '一步', '推进', '加强', '全力', '实现', '完成', '积极', '有效', '提升', '推动', '落实', '做好'])(
    'words as common as 「%s」 tie nothing to the next sentence',
    (common) => {
      expect(follow(`修路${common}。`, `${common}30处。`)).toBeUndefined()
    },
  )

  it('finds the shared word at the very end of the next sentence too', () => {
    expect(follow('全力推进修路工程。', '完成30公里工程')).toBe('完成30公里工程')
  })

  it('the last sentence of the report brings nothing (there is none after it)', () => {
    expect(searchSentences([sentence('饮水30处。'), sentence('全力推进修路。')], [], '修路', {})[0].follow).toBeUndefined()
  })
})

describe('what a question asks beyond its words', () => {
  const hints: QuestionHints = { planWords: ['计划', '明年'], planSections: ['plan'] }

  it('an amount question puts the sentence with an amount in 元 first; otherwise the reading order stands', () => {
    const sentences = [sentence('低保947人'), sentence('低保资金96万余元'), sentence('低保80多万元')]
    expect(texts(sentences, '低保多少钱')).toEqual(['低保资金96万余元', '低保80多万元', '低保947人'])
    expect(texts(sentences, '低保')).toEqual(['低保947人', '低保资金96万余元', '低保80多万元'])
  })

  it('a plan question puts the plan chapters first', () => {
    const sentences = [sentence('修路3公里', 'a'), sentence('修路5公里', 'plan')]
    expect(texts(sentences, '明年修路', hints)).toEqual(['修路5公里', '修路3公里'])
    expect(texts(sentences, '修路', hints)).toEqual(['修路3公里', '修路5公里'])
  })

  it('a plan word inside a longer word the report uses stays a word (雨露计划 is not a question about the plan)', () => {
    const sentences = [sentence('雨露计划发放104人次', 'a'), sentence('计划修路', 'plan')]
    const firstMarks = (q: string) => searchSentences(sentences, [], q, {}, hints).map((h) => [h.sentence.text, h.marks])[0]
    expect(searchSentences(sentences, [], '雨露计划', {}, hints).map((h) => [h.sentence.text, h.marks])).toEqual([['雨露计划发放104人次', [[0, 4]]]])
    // Kept whole, 计划 joins 雨露 in the marks; taken out as a plan word, it would leave 雨露 and 发放 apart.
    expect(firstMarks('发放雨露计划')).toEqual(['雨露计划发放104人次', [[0, 6]]])
    expect(firstMarks('我们发放雨露计划')).toEqual(['雨露计划发放104人次', [[0, 6]]])
  })

  it('with nothing asked but the plan, offers each plan chapter’s first sentence, marking nothing', () => {
    const sentences = [sentence('去年修路', 'a'), sentence('一要修路', 'plan'), sentence('二要饮水', 'plan')]
    expect(searchSentences(sentences, [], '明年计划', {}, hints)).toEqual([{ sentence: sentences[1], score: 1, marks: [] }])
  })
})

describe('words every benefit shares, and pieces of an unknown phrase', () => {
  const sentences = [sentence('补贴发放100元'), sentence('修路补贴30万元'), sentence('修路占地5亩')]

  it('a generic word (补贴) finds sentences only when nothing more particular is asked', () => {
    expect(texts(sentences, '修路的补贴')).toEqual(['修路补贴30万元', '修路占地5亩'])
    expect(texts(sentences, '补贴')).toEqual(['补贴发放100元', '修路补贴30万元'])
    expect(texts(sentences, '的补贴')).toEqual(['补贴发放100元', '修路补贴30万元'])
    expect(texts(sentences, '补贴多少钱')).toEqual(['补贴发放100元', '修路补贴30万元'])
  })

  it('a question with words of its own the report does not use finds nothing by 补贴 alone', () => {
    expect(texts(sentences, '孩子补贴')).toEqual([])
    expect(texts(sentences, '娃补贴')).toEqual(['补贴发放100元', '修路补贴30万元'])
  })

  it('a question per area is answered only by sentences with 亩', () => {
    expect(texts(sentences, '修路一亩')).toEqual(['修路占地5亩'])
  })

  it('reads a question of up to 40 characters in pieces, and a paste only for whole words', () => {
    const report = '以商招商，招大引强'
    const padded = (n: number) => `招商引资${'的'.repeat(n - 4)}`
    expect(queryTerms(padded(40), [], report).map((t) => t.text)).toEqual(['招商'])
    expect(queryTerms(padded(41), [], report)).toEqual([])
  })
})
