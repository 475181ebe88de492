// @vitest-environment node
// Policy guidance comes only from policy-facts.md or the report: no invented amount, number or rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import benefitsJson from '../../src/data/benefits.json'
import indexJson from '../../src/data/benefit-index.json'
import { fullReport as report } from '../support/full-report'
import type { BenefitsData } from '../../src/domain/benefit-types'
import { BENEFIT_IDS, CATEGORY_IDS, CONTACT_IDS } from '../../src/domain/benefit-types'
import { benefitProblems, readFacts } from '../../scripts/content/validate-benefits.mjs'
import { valueMatchesQuote } from '../../scripts/content/validate-report.mjs'

const data = benefitsJson as BenefitsData
const facts = readFacts(readFileSync(join(process.cwd(), 'content/benefits/policy-facts.md'), 'utf8'))

describe('benefit content', () => {
  it('keeps the public ids, categories and contacts', () => {
    expect(data.benefits.map((b) => b.id)).toEqual([...BENEFIT_IDS])
    expect(indexJson.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS])
    expect(Object.keys(data.contacts).sort()).toEqual([...CONTACT_IDS].sort())
  })

  it('found the unverified items in policy-facts.md (so the rules below mean something)', () => {
    expect(facts.unverifiedDocNumbers).toEqual(expect.arrayContaining(['民发〔2021〕57号', '财农〔2016〕26号', '建村〔2021〕35号']))
    expect(facts.unverifiedPhones).toContain('12333')
    expect(facts.unverifiedNames).toContain('残补')
    expect(facts.numbers.has('670')).toBe(true)
  })

  it('breaks no honesty rule (numbers, unverified items, local amounts, whom to ask; each rule is tested on bad input in validators.test.ts)', () => {
    expect(benefitProblems(data, facts)).toEqual([])
  })

  it.each(data.benefits.map((b) => [b.id, b] as const))('%s quotes the report verbatim for its 2024 figures', (_id, b) => {
    for (const r of [...b.reported, ...b.mentions]) {
      const section = report.sections.find((s) => s.id === r.section)!
      expect(section.paragraphs.map((p) => p.text).join('\n')).toContain(r.quote)
    }
    for (const r of b.reported) expect(valueMatchesQuote(r), `${r.value} in ${r.quote}`).toBe(true)
  })
})
