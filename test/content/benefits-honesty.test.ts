// @vitest-environment node
// Policy guidance comes only from policy-facts.md or the report: no invented amount, number or rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import benefitsJson from '../../src/data/benefits.json'
import indexJson from '../../src/data/benefit-index.json'
import { fullReport as report } from '../support/full-report'
import type { BenefitsData } from '../../src/domain/benefit-types'
import { BENEFIT_IDS, CATEGORY_IDS, CONTACT_IDS } from '../../src/domain/benefit-types'

const data = benefitsJson as BenefitsData
const facts = readFileSync(join(process.cwd(), 'content/benefits/policy-facts.md'), 'utf8')
const NUMBER = /\d+(?:\.\d+)?/g
const factNumbers = new Set(facts.match(NUMBER))

/** Text after an [U] mark up to the next verified mark: what may never be shown. */
const unverifiedSegments = facts
  .split('\n')
  .flatMap((line) => line.split(/(?=\[V2?\]|\[U\])/))
  .filter((seg) => seg.startsWith('[U]'))
const unverifiedDocNumbers = unverifiedSegments.flatMap((seg) => seg.match(/[\u4e00-\u9fa5]+〔\d{4}〕\d+号/g) ?? [])
const unverifiedPhones = unverifiedSegments.flatMap((seg) => seg.match(/\b12\d{3}\b/g) ?? [])

/** Everything a benefit page shows except the figures resolved from the report. */
function ownText(b: BenefitsData['benefits'][number]): string[] {
  return [
    b.name,
    b.summary,
    ...b.aliases,
    ...[...b.eligibility, ...b.benefits, ...b.steps, ...b.documents].map((c) => c.text),
    ...b.nationalFigures.map((n) => n.text),
    ...b.legalBasis.flatMap((l) => [l.title, l.number ?? '']),
    ...b.notes,
    b.localStandard,
  ]
}

describe('benefit content', () => {
  it('keeps the public ids, categories and contacts', () => {
    expect(data.benefits.map((b) => b.id)).toEqual([...BENEFIT_IDS])
    expect(indexJson.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS])
    expect(Object.keys(data.contacts).sort()).toEqual([...CONTACT_IDS].sort())
  })

  it('found the unverified items in policy-facts.md (so the next test means something)', () => {
    expect(unverifiedDocNumbers).toEqual(expect.arrayContaining(['民发〔2021〕57号', '财农〔2016〕26号', '建村〔2021〕35号']))
    expect(unverifiedPhones).toContain('12333')
  })

  it('shows no colloquial name marked unverified as an alias (it may still be a search word)', () => {
    const unverifiedNames = [...facts.matchAll(/「([^」]+)」\[U\]/g)].map((m) => m[1])
    expect(unverifiedNames).toContain('残补')
    for (const b of data.benefits) for (const name of unverifiedNames) expect(b.aliases, b.id).not.toContain(name)
  })

  it('cites nothing marked unverified', () => {
    const shipped = JSON.stringify(data)
    for (const doc of unverifiedDocNumbers) expect(shipped, doc).not.toContain(doc)
    for (const phone of unverifiedPhones) expect(shipped, phone).not.toContain(phone)
  })

  it.each(data.benefits.map((b) => [b.id, b] as const))('%s shows only numbers from policy-facts.md or the report', (_id, b) => {
    for (const text of ownText(b)) {
      for (const n of text.match(NUMBER) ?? []) expect(factNumbers.has(n), `「${n}」 in 「${text}」`).toBe(true)
    }
    for (const c of b.contacts) {
      const phone = data.contacts[c].phone
      if (phone) expect(factNumbers.has(phone), phone).toBe(true)
    }
  })

  it.each(data.benefits.map((b) => [b.id, b] as const))('%s quotes the report verbatim for its 2024 figures', (_id, b) => {
    for (const r of [...b.reported, ...b.mentions]) {
      const section = report.sections.find((s) => s.id === r.section)!
      expect(section.paragraphs.map((p) => p.text).join('\n')).toContain(r.quote)
    }
    for (const r of b.reported) expect(r.quote).toContain(r.value)
  })

  it('shows no local amount: money only in national figures, each with its year and source', () => {
    for (const b of data.benefits) {
      for (const text of ownText(b).filter((t) => !b.nationalFigures.some((n) => n.text === t))) {
        expect(text, `${b.id}: ${text}`).not.toMatch(/\d+(?:\.\d+)?\s*(?:万?元|块钱)/)
      }
      for (const n of b.nationalFigures) {
        expect(n.text).toContain(String(n.year))
        expect(n.text).toContain('全国')
        expect(n.source).toBeTruthy()
      }
      expect(b.localStandard).toBe('标准以衡南县有关部门当年公布为准。')
    }
  })

  it('gives every benefit a plain summary, who qualifies, how to apply and someone local to ask', () => {
    for (const b of data.benefits) {
      expect(b.summary.length, b.id).toBeGreaterThan(15)
      expect(b.eligibility.length, b.id).toBeGreaterThan(0)
      expect(b.steps.length, b.id).toBeGreaterThan(0)
      expect(b.contacts, b.id).toEqual(expect.arrayContaining(['hotline-12345']))
      expect(b.contacts.some((c) => c === 'village' || c === 'town' || c === 'employment-service'), b.id).toBe(true)
    }
  })
})
