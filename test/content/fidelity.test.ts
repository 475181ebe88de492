// @vitest-environment node
// The shipped report must be the published report: nothing lost, nothing added, every change recorded.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { fullReport as report } from '../support/full-report'
import { figureProblems, MONEY, PEOPLE_OR_HOUSEHOLDS, uncoveredAmounts, valueMatchesQuote } from '../../scripts/content/validate-report.mjs'
import corrections from '../../src/data/corrections.json'

const source = readFileSync(join(process.cwd(), 'content/reports/2024/source.txt'), 'utf8').replace(/\n+$/, '').split('\n')
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })

interface Change {
  offset: number
  before: string
  withheld?: number
  after: string
}

const withheldNames: { find: string; replace: string }[] = JSON.parse(readFileSync(join(process.cwd(), 'content/reports/2024/editorial.json'), 'utf8')).withheldNames.names

/** Every shipped line, by its line number in the published text. */
function shippedLines(): Map<number, string> {
  const lines = new Map<number, string>()
  const put = (line: number, text: string) => {
    expect(lines.has(line), `line ${line} shipped twice`).toBe(false)
    lines.set(line, text)
  }
  put(1, report.title)
  put(2, report.issuer)
  put(report.lineCount - 1, report.signature)
  for (const g of report.groups) put(g.line, g.heading)
  for (const s of report.sections) {
    if (s.headingLine !== null && s.heading !== null) put(s.headingLine, s.heading)
    for (const p of s.paragraphs) put(p.line, p.text)
  }
  return lines
}

function changesOf(line: number): Change[] {
  const single = corrections.changes.filter((c) => c.line === line && c.kind !== 'removal')
  const punct = corrections.punctuation.filter((p) => p.line === line).flatMap((p) => p.offsets.map((offset, i) => ({ offset, before: p.before[i], after: p.after[i] })))
  return [...single, ...punct].sort((a, b) => a.offset - b.offset)
}

describe('fidelity to the published report', () => {
  it('ships every line of the report, or records why it was removed', () => {
    const lines = shippedLines()
    const removed = corrections.changes.filter((c) => c.kind === 'removal').map((c) => c.line)
    const all = [...lines.keys(), ...removed].sort((a, b) => a - b)
    expect(all).toEqual(source.map((_, i) => i + 1))
    for (const line of removed) expect(corrections.changes.find((c) => c.line === line)?.before).toBe(source[line - 1])
  })

  it('differs from the published text only by character-level 繁→简 and the recorded changes', () => {
    for (const [line, shipped] of shippedLines()) {
      const original = source[line - 1]
      let i = 0 // position in the original
      let j = 0 // position in the shipped text
      const pending = changesOf(line)
      while (i < original.length || j < shipped.length) {
        const change = pending[0]
        if (change && change.offset === j) {
          // A withheld name is recorded by its length only; it must be one the editors listed.
          const length = change.withheld ?? change.before.length
          if (change.withheld) expect(withheldNames).toContainEqual({ find: toSimplified(original.slice(i, i + length)), replace: change.after })
          else expect(original.slice(i, i + length), `line ${line} @${j}`).toBe(change.before)
          expect(shipped.slice(j, j + change.after.length), `line ${line} @${j}`).toBe(change.after)
          i += length
          j += change.after.length
          pending.shift()
          continue
        }
        const from = original[i]
        const to = shipped[j]
        expect(to === from || toSimplified(from) === to, `line ${line}: 「${from}」 became 「${to}」 without a record`).toBe(true)
        i += 1
        j += 1
      }
      expect(pending, `line ${line}: recorded changes that did not happen`).toEqual([])
    }
  })

  it('replaces the template placeholder 关键词2 with 我镇 in all three places', () => {
    const placeholders = corrections.changes.filter((c) => c.kind === 'placeholder')
    expect(placeholders).toHaveLength(3)
    for (const p of placeholders) expect([p.before, p.after]).toEqual(['关键词2', '我镇'])
    expect(source.join('\n').split('关键词2')).toHaveLength(4)
  })

  it('records every conversion error (麵積, 全麵, 製定, 一係列, 公裏 …) where it occurs', () => {
    const errors = source.join('\n').match(/[麵製係裏]/g) ?? []
    const conv = corrections.changes.filter((c) => c.kind === 'conversion')
    expect(errors.length).toBeGreaterThanOrEqual(5)
    expect(conv).toHaveLength(errors.length)
    expect(new Set(conv.map((c) => `${c.before}→${c.after}`))).toEqual(new Set(['麵→面', '製→制', '係→系', '裏→里']))
  })
})

describe('figures are quoted facts', () => {
  it('quotes every figure verbatim from its section, its value one of the quote\'s numbers', () => {
    for (const s of report.sections) {
      const text = s.paragraphs.map((p) => p.text).join('\n')
      for (const f of s.figures) {
        expect(text, `${s.id}/${f.id}`).toContain(f.quote)
        expect(valueMatchesQuote(f), `${s.id}/${f.id}: ${f.value} in ${f.quote}`).toBe(true)
      }
    }
  })

  it('shows every sum of money and every count of people or households the report states', () => {
    // The same check the content build runs (scripts/content/validate-report.mjs), on the shipped data.
    expect(uncoveredAmounts(report)).toEqual([])
    expect(figureProblems(report)).toEqual([])
    // Sanity: the patterns do find the amounts a villager cares about.
    const text = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('')
    const stated = [...(text.match(MONEY) ?? []), ...(text.match(PEOPLE_OR_HOUSEHOLDS) ?? [])]
    expect(stated).toEqual(expect.arrayContaining(['516万元', '187万元', '40万元', '947人', '114400元', '96万余元']))
  })
})
