// @vitest-environment node
// Policy guidance comes only from policy-facts.md or the report: no invented amount, number or rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import indexJson from '../../src/data/benefit-index.json'
import { fullReport as report } from '../support/full-report'
import { benefitsData, unpackBenefits } from '../../src/domain/benefits/details'
import { benefitIndex } from '../../src/domain/benefits/benefit-index'
import { packBenefits } from '../../scripts/content/derive-benefits.mjs'
import { BENEFIT_IDS, CATEGORY_IDS, CONTACT_IDS } from '../../src/domain/benefits/types'
import { benefitProblems, readFacts } from '../../scripts/content/validate-benefits.mjs'
import { valueMatchesQuote } from '../../scripts/content/validate-report.mjs'

// The shipped file as the app reads it (unpacked: each statement with its source and date).
const data = benefitsData
const facts = readFacts(readFileSync(join(process.cwd(), 'content/benefits/policy-facts.md'), 'utf8'))

describe('benefit content', () => {
  it('lists each benefit with its first three other names, read from its search terms', () => {
    const content: { id: string; aliases: string[] }[] = JSON.parse(readFileSync(join(process.cwd(), 'content/benefits/benefits.json'), 'utf8'))
    for (const entry of benefitIndex.benefits) expect(entry.aliases, entry.id).toEqual(content.find((b) => b.id === entry.id)!.aliases.slice(0, 3))
    expect(benefitIndex.benefits.find((b) => b.id === 'dibao')!.aliases).toEqual(['低保', '吃低保', '低保金'])
  })

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

describe('the shipped file, packed (sources listed once, the check date once)', () => {
  it('unpacks to every statement with its source and date, and packs back to the same file', () => {
    const shipped = JSON.parse(readFileSync(join(process.cwd(), 'src/data/benefits.json'), 'utf8'))
    expect(packBenefits(unpackBenefits(shipped))).toEqual(shipped)
    const dibao = data.benefits.find((b) => b.id === 'dibao')!
    expect(dibao.documents[0]).toEqual({ text: dibao.documents[0].text, source: '《最低生活保障审核确认办法》 第4、6条', checked: shipped.checked })
    expect(shipped.sources.length).toBeLessThan(80)
  })

  it('ships what most benefits say once: a benefit without figures reads as empty lists and the usual 本地金额 line', () => {
    const shipped = JSON.parse(readFileSync(join(process.cwd(), 'src/data/benefits.json'), 'utf8'))
    const packedFarmland = shipped.benefits.find((b: { id: string }) => b.id === 'farmland-subsidy')
    expect(packedFarmland).not.toHaveProperty('nationalFigures')
    expect(packedFarmland).not.toHaveProperty('localStandard')
    const farmland = data.benefits.find((b) => b.id === 'farmland-subsidy')!
    expect(farmland.localStandard).toBe('标准以衡南县有关部门当年公布为准。')
    expect([farmland.nationalFigures, farmland.referenceFigures, farmland.documents, farmland.mentions, farmland.blockTitles]).toEqual([[], [], [], [], {}])
    // 育儿补贴 says otherwise: its amount is known, so it has no 本地金额 line.
    expect(data.benefits.find((b) => b.id === 'childcare-subsidy')!.localStandard).toBeNull()
  })

  it('refuses statements checked on two days (the file keeps one date)', () => {
    const two = unpackBenefits(JSON.parse(readFileSync(join(process.cwd(), 'src/data/benefits.json'), 'utf8')))
    two.benefits[0].eligibility[0] = { ...two.benefits[0].eligibility[0], checked: '2020-01-01' }
    expect(() => packBenefits(two)).toThrow(/more than one day/)
  })
})
