// @vitest-environment node
// npm run report:add: a year's report as pasted from the government site becomes a draft. Proved on the
// 2024 report as published (it proposes today's sections, figures and changes) and on synthetic
// reports in the same defect families (test/fixtures/reports, never shipped).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { DraftError, draftReport, headingLevel, numbersIn, readPasted, readsAsUnnumberedHeading, reviewSummary } from '../../scripts/content/report-draft.mjs'
import { deriveReport } from '../../scripts/content/derive-report.mjs'

const ROOT = process.cwd()
const FIXTURES = join(ROOT, 'test/fixtures/reports')
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
const rules2024 = JSON.parse(readFileSync(join(ROOT, 'content/reports/2024/editorial.json'), 'utf8'))
const curated = JSON.parse(readFileSync(join(ROOT, 'content/reports/2024/structure.json'), 'utf8'))
const benefits = JSON.parse(readFileSync(join(ROOT, 'content/benefits/benefits.json'), 'utf8'))
/** The 2024 report as published: the project's own copy of the seed, byte for byte (content/reports/2024/source.txt). */
const seedText = readPasted(readFileSync(join(ROOT, 'content/reports/2024/source.txt')))

type Draft = ReturnType<typeof draftReport>
const draftOf = (text: string, year = 2030): Draft => draftReport(text, { year, rules: rules2024, toSimplified, benefits, knownWords: [], today: '2026-12-04' })
const fixture = (name: string) => readPasted(readFileSync(join(FIXTURES, name)))
/** The draft's text as the app would show it: the draft passes the same derivation as a reviewed year. */
const derived = (text: string, draft: Draft) => deriveReport(text, draft.structure, draft.editorial, toSimplified)
const sectionText = (text: string, draft: Draft, id: string) =>
  derived(text, draft)
    .report.sections.find((s: { id: string }) => s.id === id)
    .paragraphs.map((p: { text: string }) => p.text)
    .join('\n')
const digits = (value: string) => value.replace(/[^\d.]/g, '')

describe('report:add on the 2024 report as published', () => {
  const draft = draftOf(seedText, 2024)
  const bySection = new Map(draft.structure.sections.map((s: { id: string }) => [s.id, s]))
  /** Where each of today's 12 sections is in the draft: the draft card(s) holding its lines. */
  const placed = curated.sections.map((s: { id: string; headingLine: number | null; paragraphLines: number[] }) => ({
    id: s.id,
    draft: draft.structure.sections
      .filter(
        (d: { headingLine: number | null; paragraphLines: number[] }) =>
          (s.headingLine && d.headingLine === s.headingLine) || d.paragraphLines.some((l) => s.paragraphLines.includes(l)),
      )
      .map((d: { id: string }) => d.id),
  }))

  it('proposes every one of today’s 12 sections, one draft card each, but for the one difference below', () => {
    expect(placed).toHaveLength(12)
    for (const p of placed) expect(p.draft.length, p.id).toBeGreaterThan(0)
    // The difference, and its reason: the 2024 editors put the lead paragraph under 「一、2024年工作情况」
    // (line 5) into the opening card; the draft keeps it as that group's own card.
    expect(placed.filter((p: { draft: string[] }) => p.draft.length > 1)).toEqual([{ id: 'intro', draft: ['intro', '2024-nian-gong-zuo-qing-lead'] }])
    expect((bySection.get('2024-nian-gong-zuo-qing-lead') as { paragraphLines: number[] }).paragraphLines).toEqual([5])
  })

  it('the draft cards have the same heading lines and text lines as today’s, group by group', () => {
    const lines = (sections: { headingLine: number | null; paragraphLines: number[] }[]) =>
      sections
        .flatMap((s) => [s.headingLine, ...s.paragraphLines])
        .filter(Boolean)
        .sort((a, b) => Number(a) - Number(b))
    expect(lines(draft.structure.sections)).toEqual(lines(curated.sections))
    expect(draft.structure.groups.map((g: { headingLine: number }) => g.headingLine)).toEqual(curated.groups.map((g: { headingLine: number }) => g.headingLine))
    expect([draft.structure.cover, draft.structure.signatureLine, draft.structure.removedLines]).toEqual([
      curated.cover,
      curated.signatureLine,
      curated.removedLines,
    ])
  })

  it('every figure curated today is among the candidates of its section, with its quote inside the candidate’s sentence', () => {
    const missing = []
    for (const s of curated.sections) {
      const cards = placed.find((p: { id: string }) => p.id === s.id).draft
      const candidates = draft.review.candidates.filter((c: { section: string }) => cards.includes(c.section)).flatMap((c: { figures: unknown[] }) => c.figures)
      for (const f of s.figures) {
        const found = candidates.some((c: { value: string; quote: string }) => c.quote.includes(f.quote) && digits(c.value) === digits(f.value))
        if (!found) missing.push(`${s.id}: ${f.value}${f.unit}「${f.quote}」`)
      }
    }
    expect(missing).toEqual([])
    expect(curated.sections.flatMap((s: { figures: unknown[] }) => s.figures).length).toBe(62)
  })

  it('lists exactly the changes today’s editorial rules make, line by line', () => {
    const today = deriveReport(seedText, curated, rules2024, toSimplified).corrections
    const key = (c: { line: number; offset: number; kind: string; before: string; after: string }) => `${c.line}:${c.offset}:${c.kind}:${c.before}>${c.after}`
    const curatedChanges = [
      ...today.changes.filter((c: { kind: string }) => c.kind !== 'removal').map(key),
      ...today.punctuation.flatMap((p: { line: number; offsets: number[]; before: string; after: string }) =>
        p.offsets.map((offset, i) => key({ line: p.line, offset, kind: 'punctuation', before: [...p.before][i], after: [...p.after][i] })),
      ),
    ].sort()
    expect(draft.review.changes.map(key).sort()).toEqual(curatedChanges)
    expect(curatedChanges.length).toBe(323)
    expect(draft.review.removed).toEqual([{ line: 31, text: '附件下載:', why: '附件下载（原文没有附件）' }])
    expect(draft.review.placeholders).toEqual(['关键词2'])
  })

  it('its text is today’s text, word for word', () => {
    const today = deriveReport(seedText, curated, rules2024, toSimplified).report
    const text = (r: { sections: { paragraphs: { text: string }[] }[] }) => r.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    expect(text(derived(seedText, draft).report)).toBe(text(today))
  })

  it('names the benefits the report talks about', () => {
    const named = draft.review.benefits.map((b: { benefit: string }) => b.benefit)
    for (const id of ['dibao', 'farmland-subsidy', 'medical-insurance', 'disaster-relief', 'yulu']) expect(named).toContain(id)
  })
})

describe('report:add on synthetic reports (test/fixtures/reports)', () => {
  it('odd headings: 一、 over 1、 over ——, numbering that repeats, website lines and a placeholder', () => {
    const text = fixture('odd-headings.txt')
    const draft = draftOf(text)
    expect(draft.title).toBe('示例镇2030年工作总结和2031年工作计划')
    expect(draft.structure.groups.map((g: { id: string; title: string }) => [g.id, g.title])).toEqual([
      ['2030-nian-gong-zuo-qing', '2030年工作情况'],
      ['2031-nian-gong-zuo-ji', '2031年工作计划'],
    ])
    // 「1、产业发展」 comes under both groups: two cards, two ids.
    expect(draft.structure.sections.map((s: { id: string }) => s.id)).toEqual([
      'intro',
      'chan-ye-fa-zhan',
      'min-sheng-bao-zhang',
      'chan-ye-fa-zhan-2',
      'min-sheng-bao-zhang-2',
    ])
    expect(draft.review.removed.map((r: { text: string }) => r.text)).toEqual([
      '当前页面: 首页 > 政务公开 > 工作报告',
      '发布时间：2031-01-15',
      '【打印本页】【关闭窗口】',
    ])
    expect(draft.review.placeholders).toEqual(['关键词3'])
    expect(sectionText(text, draft, 'intro')).toBe('2030年，我镇在县委、县政府的领导下，各项工作稳步推进。')
    // The —— subheadings stay in their card's text, in order.
    expect(sectionText(text, draft, 'min-sheng-bao-zhang')).toBe('——低保\n发放低保金82万元，惠及低保对象310人。\n——医保\n城乡居民医保参保率达96.5%。')
    const candidates = draft.review.candidates.flatMap((c: { figures: { value: string; unit: string }[] }) => c.figures.map((f) => f.value + f.unit))
    expect(candidates).toEqual(['1200亩', '36万元', '82万元', '310人', '96.5%'])
    expect(draft.review.benefits.map((b: { benefit: string }) => b.benefit)).toEqual(expect.arrayContaining(['dibao', 'medical-insurance']))
  })

  it('Traditional input: every 麵/製/係/裏 and ASCII mark listed, the text in Simplified', () => {
    const text = fixture('traditional.txt')
    const draft = draftOf(text)
    expect(draft.structure.sections.map((s: { id: string }) => s.id)).toEqual(['dao-lu-jian-she', 'ze-ren-luo-shi'])
    expect(sectionText(text, draft, 'dao-lu-jian-she')).toBe('全面完成村道硬化，路面黑化12公里，总投资约800万元。')
    expect(sectionText(text, draft, 'ze-ren-luo-shi')).toBe('落实安全生产责任制，制定应急预案，建立一系列“网格化”管理制度。')
    const conversions = draft.review.changes
      .filter((c: { kind: string }) => c.kind === 'conversion')
      .map((c: { before: string; after: string }) => `${c.before}>${c.after}`)
    expect(conversions.sort()).toEqual(['係>系', '製>制', '製>制', '製>制', '裏>里', '麵>面', '麵>面'].sort())
    expect(draft.review.changes.filter((c: { kind: string }) => c.kind === 'punctuation')).toHaveLength(6)
  })

  it('headings without numbers (a short line above its text): proposed, each listed to confirm or undo', () => {
    const text = fixture('unnumbered.txt')
    const draft = draftOf(text, 2031)
    expect(draft.structure.sections.map((s: { id: string; headingLine: number }) => [s.id, s.headingLine])).toEqual([
      ['2030-nian-zheng-fu-gong', 3],
      ['fa-zhan-te-se', 5],
      ['jia-qiang-ji-chu', 7],
      ['2031-nian-gong-zuo-an', 9],
    ])
    // The year line, and the heading with a comma inside, are headings; the date under the signature is text.
    expect(draft.review.proposedHeadings).toEqual([
      { line: 3, text: '2030年政府工作回顾' },
      { line: 5, text: '发展特色农业，农村经济平稳发展' },
      { line: 7, text: '加强基础设施建设' },
      { line: 9, text: '2031年工作安排' },
    ])
    expect(draft.structure.signatureLine).toBe(11)
    expect(sectionText(text, draft, '2031-nian-gong-zuo-an')).toBe('继续抓好各项工作，确保全年目标任务完成。\n2031年1月10日')
    // Sub-items opening —— inside a long paragraph stay in it.
    expect(sectionText(text, draft, 'fa-zhan-te-se')).toMatch(/^全年新增油茶面积300亩，制定一系列扶持办法。——抓好粮食生产。.*——发展庭院经济。/)
    const summary = reviewSummary(draft, 'content/reports/2031')
    for (const line of [3, 5, 7, 9]) expect(summary).toContain(`第 ${line} 行当作标题`)
    expect(summary).toContain('这一行末尾加上「。」')
    // The seed's defect families are cleaned and listed here too.
    const conversions = draft.review.changes
      .filter((c: { kind: string }) => c.kind === 'conversion')
      .map((c: { before: string; after: string }) => `${c.before}>${c.after}`)
    expect(conversions.sort()).toEqual(['係>系', '製>制', '裏>里', '麵>面', '麵>面', '麵>面'].sort())
    expect(draft.review.placeholders).toEqual(['关键词2'])
    expect(sectionText(text, draft, '2030-nian-zheng-fu-gong')).toMatch(/^过去一年，我镇坚持稳中求进，全面完成/)
  })

  it('a report mixing both: the unnumbered part titles group the numbered cards', () => {
    const text = fixture('mixed.txt')
    const draft = draftOf(text, 2031)
    expect(draft.structure.groups.map((g: { title: string; headingLine: number }) => [g.title, g.headingLine])).toEqual([
      ['2031年工作回顾', 3],
      ['存在的问题', 8],
      ['2032年工作计划', 10],
    ])
    expect(draft.structure.sections.map((s: { id: string; group: string }) => [s.id, s.group])).toEqual([
      ['qiang-hua-dang-jian', '2031-nian-gong-zuo-hui'],
      ['tui-dong-jing-ji', '2031-nian-gong-zuo-hui'],
      ['cun-zai-de-wen-lead', 'cun-zai-de-wen'],
      ['zhua-chan-ye', '2032-nian-gong-zuo-ji'],
      ['zhua-min-sheng', '2032-nian-gong-zuo-ji'],
    ])
    expect(draft.review.proposedHeadings.map((h: { line: number }) => h.line)).toEqual([3, 8, 10])
  })

  it('the 2024 report (numbered throughout) has no line proposed as an unnumbered heading', () => {
    expect(draftOf(seedText, 2024).review.proposedHeadings).toEqual([])
  })

  it.each([
    ['发展特色农业，农村经济平稳发展', true],
    ['2030年政府工作回顾', true],
    ['加强基础设施建设', true],
    ['全年完成任务。', false],
    ['重点抓好以下四个方面的工作：', false],
    ['2031年1月10日', false],
    ['一、2024年工作情况', false],
    ['这是一行很长很长的文字没有任何标点但是已经远远超过了一个标题应有的长度了吧', false],
  ])('「%s」 reads as an unnumbered heading: %s', (line, heading) => {
    expect(readsAsUnnumberedHeading(line)).toBe(heading)
  })

  it('nothing is invented: every candidate quote is a sentence of the cleaned text, every figure in its quote', () => {
    for (const [name, year] of [
      ['odd-headings.txt', 2030],
      ['traditional.txt', 2030],
      ['unnumbered.txt', 2031],
      ['mixed.txt', 2031],
    ] as const) {
      const text = fixture(name)
      const draft = draftOf(text, year)
      for (const c of draft.review.candidates) {
        const body = sectionText(text, draft, c.section)
        for (const f of c.figures) {
          expect(body, name).toContain(f.quote)
          expect(f.quote).toContain(f.value.replace(/^约/, ''))
        }
      }
    }
  })

  it('no headings, an empty file, blank lines only, a binary file: a clear message', () => {
    expect(() => draftOf(fixture('no-headings.txt'))).toThrow(/没有找到任何标题/)
    expect(() => draftOf(fixture('no-headings.txt'))).toThrow(/每个标题单独占一行/)
    expect(() => readPasted(Buffer.alloc(0), '报告.txt')).toThrow(DraftError)
    expect(() => readPasted(Buffer.alloc(0), '报告.txt')).toThrow(/报告.txt 是空的/)
    expect(() => readPasted(Buffer.from('\n \n\r\n'), 'x.txt')).toThrow(/是空的/)
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(() => readPasted(png, '报告.docx')).toThrow(/不是文字文件/)
    expect(() => readPasted(Buffer.from([0xe4, 0xbd]), 'x.txt')).toThrow(/不是文字文件/)
  })

  it('headings are short lines with a marker; long numbered paragraphs are text', () => {
    expect(headingLevel('一、2024年工作情况')).toBe(0)
    expect(headingLevel('(一)強經濟,增動能。')).toBe(1)
    expect(headingLevel('（三）守底线，保安全')).toBe(1)
    expect(headingLevel('1、产业发展')).toBe(2)
    expect(headingLevel('——低保')).toBe(3)
    expect(headingLevel('1、全镇种植油茶1200亩。发放产业奖补资金36万元，惠及农户300户。')).toBeNull()
    expect(headingLevel('一年来，花桥镇在中央、省、市、县的坚强领导下')).toBeNull()
    expect(headingLevel('1.8公里的村道')).toBeNull()
  })

  it('numbers keep their words: 2100余名, 96万余元, 约1.8公里, 65.06%; years and dates are not figures', () => {
    const of = (s: string) => numbersIn(s).map((n: { value: string; unit: string }) => n.value + n.unit)
    expect(of('组织全镇2100余名在家党员')).toEqual(['2100余名'])
    expect(of('发放救灾资金96万余元')).toEqual(['96万余元'])
    expect(of('龙海村约1.8公里')).toEqual(['约1.8公里'])
    expect(of('征缴率65.06%，7天时间上升13个点')).toEqual(['65.06%', '7天', '13个点'])
    expect(of('2024年12月4日，2025年')).toEqual([])
  })
})

describe('npm run report:add (the command)', () => {
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync('node', ['scripts/report-add.mjs', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) }
    } catch (err) {
      const e = err as { status: number; stderr: string }
      return { code: e.status, out: e.stderr }
    }
  }
  const reportsCopy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'))
    cpSync(join(ROOT, 'content/reports'), dir, { recursive: true })
    return dir
  }

  it('writes the draft folder and prints the review summary in Chinese', () => {
    const dir = reportsCopy()
    const { code, out } = run([join(FIXTURES, 'odd-headings.txt'), '--year', '2030', '--reports', dir, '--today', '2026-12-04'])
    expect(code).toBe(0)
    expect(out).toContain('《示例镇2030年工作总结和2031年工作计划》的草稿写好了')
    expect(out).toContain('章节 5 章')
    expect(out).toContain('模板占位符 关键词3：暂改为「我镇」')
    expect(readdirSync(join(dir, '2030')).sort()).toEqual(['editorial.json', 'review.json', 'source.txt', 'structure.json'])
    const structure = JSON.parse(readFileSync(join(dir, '2030/structure.json'), 'utf8'))
    expect([structure.year, structure.status]).toEqual([2030, 'draft'])
  })

  it('the year after 2024 gets the 2024 plan’s 20 items to compare, each with the status left to the editor', () => {
    const dir = reportsCopy()
    const { code, out } = run([join(FIXTURES, 'odd-headings.txt'), '--year', '2025', '--reports', dir, '--today', '2026-12-04'])
    expect(code, out).toBe(0)
    expect(out).toContain('去年计划的 20 件事')
    const outcomes = JSON.parse(readFileSync(join(dir, '2025/outcomes.json'), 'utf8'))
    expect(outcomes.items).toHaveLength(20)
    expect(outcomes.items.every((o: { status: null }) => o.status === null)).toBe(true)
  })

  it('an empty file, a missing file, a bad year or a reviewed year: a message, and nothing written', () => {
    const dir = reportsCopy()
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    for (const [args, message] of [
      [[empty, '--year', '2030'], /empty.txt 是空的/],
      [[join(dir, 'nope.txt'), '--year', '2030'], /找不到文件/],
      [[join(FIXTURES, 'odd-headings.txt'), '--year', '30'], /年份「30」不对/],
      [[join(FIXTURES, 'odd-headings.txt')], /年份「」不对/],
      [[join(FIXTURES, 'no-headings.txt'), '--year', '2030'], /没有找到任何标题/],
      [[join(FIXTURES, 'odd-headings.txt'), '--year', '2024'], /2024 年的报告已经审核发布/],
    ] as const) {
      const { code, out } = run([...args, '--reports', dir])
      expect(code, out).toBe(1)
      expect(out).toMatch(message)
      expect(existsSync(join(dir, '2030')), out).toBe(false)
    }
    expect(readFileSync(join(dir, '2024/source.txt'), 'utf8')).toBe(readFileSync(join(ROOT, 'content/reports/2024/source.txt'), 'utf8'))
  })
})
