// @vitest-environment node
// Every honesty rule of the content build fires on the bad input it exists for. The good content
// passing (fidelity.test.ts, benefits-honesty.test.ts) means nothing unless these fail.
import { figureProblems, uncoveredAmounts, valueMatchesQuote } from '../../scripts/content/validate-report.mjs'
import { benefitProblems, LOCAL_STANDARD, readFacts } from '../../scripts/content/validate-benefits.mjs'
import { blockOfQuote } from '../../src/domain/report/blocks'
import { deriveBenefits, deriveFinder, policyFactsChecked } from '../../scripts/content/derive-benefits.mjs'

const TEXT = '发放低保947人、高龄补贴130人，发放临时救助114400元。'
const figure = (over = {}) => ({ id: 'dibao', value: '947', unit: '人', label: '发放低保', quote: '发放低保947人', ...over })
const report = (figures = [figure(), figure({ id: 'gaoling', value: '130', label: '高龄补贴', quote: '高龄补贴130人' }), figure({ id: 'linshi', value: '114400', unit: '元', label: '临时救助', quote: '发放临时救助114400元' })], summary = '按时发放低保。') => ({
  sections: [{ id: 'livelihood', title: '民生', summary, paragraphs: [{ line: 1, text: TEXT }], figures }],
})

describe('report rules', () => {
  it('pass on good content', () => {
    expect(figureProblems(report())).toEqual([])
    expect(uncoveredAmounts(report())).toEqual([])
  })

  it.each([
    ['9', false],
    ['94', false],
    ['47', false],
    ['94.7', false],
    ['947', true],
  ])('a figure shown as %s for 「发放低保947人」 is accepted: %s', (value, ok) => {
    expect(valueMatchesQuote({ value, quote: '发放低保947人' })).toBe(ok)
  })

  it('keeps the words around a number: 约, 余, 万', () => {
    expect(valueMatchesQuote({ value: '约1.8', quote: '龙海村约1.8公里' })).toBe(true)
    expect(valueMatchesQuote({ value: '96万余', quote: '发放救灾资金96万余元' })).toBe(true)
    expect(valueMatchesQuote({ value: '96万', quote: '发放救灾资金96万余元' })).toBe(true)
    expect(valueMatchesQuote({ value: '约96', quote: '发放救灾资金96万余元' })).toBe(false)
    expect(valueMatchesQuote({ value: '', quote: '发放低保947人' })).toBe(false)
  })

  it('fires on a wrong number, a quote not in the text, a duplicate id, a missing label', () => {
    const bad = report([
      figure({ value: '9' }),
      figure({ id: 'dibao', value: '130', quote: '高龄补贴130人' }),
      figure({ id: 'x', quote: '发放低保948人', value: '948' }),
      figure({ id: 'y', label: '' }),
    ])
    expect(figureProblems(bad)).toEqual([
      'livelihood/dibao：value「9」不是 quote 里写的数字（连「约」「余」「万」一起照抄）',
      'livelihood/dibao：这个数字的 id 重复了',
      'livelihood/x：quote「发放低保948人」在这一章的原文里找不到（要逐字照抄原文）',
      'livelihood/y：缺少 label（这个数字是什么，用大白话写）',
    ])
  })

  it('fires on a number in a summary that is not a figure (years excepted)', () => {
    expect(figureProblems(report(undefined, '2024年发放低保947人，修路24公里。'))).toEqual(['livelihood：summary 里的 24 不是这一章的关键数字（summary 里出现的数字要先写进 figures）'])
  })

  it('fires on a count of people, and on a sum of money, the report states but no figure shows', () => {
    const [dibao, , linshi] = report().sections[0].figures
    expect(uncoveredAmounts(report([dibao, linshi]))).toEqual(['livelihood: 130人'])
    expect(uncoveredAmounts(report([dibao]))).toEqual(['livelihood: 114400元', 'livelihood: 130人'])
  })

  it('does not count a figure with another number as covering an amount', () => {
    expect(uncoveredAmounts(report([figure({ value: '94', quote: '发放低保947人' })]))).toContain('livelihood: 947人')
  })
})

const facts = readFacts(`- 低保 [V] 全国 2024 年标准 670 元（S1）。热线 12345。
- 某文件 [U] 民发〔2021〕57号 电话 12333。
- 俗称「残补」[U]。`)

const benefit = (over = {}) => ({
  id: 'dibao',
  name: '最低生活保障',
  aliases: ['低保'],
  summary: '家里人均收入低于当地低保标准的，可以申请。',
  eligibility: [{ text: '家庭人均收入低于标准。', source: 'S1' }],
  benefits: [],
  steps: [{ text: '向村（社区）委员会提出申请。', source: null }],
  documents: [],
  nationalFigures: [{ text: '2024年全国标准670元。', year: 2024, source: 'S1' }],
  provinceFigures: [],
  referenceFigures: [],
  contributions: [],
  onPhone: [],
  legalBasis: [],
  notes: [],
  localStandard: LOCAL_STANDARD,
  contacts: ['village', 'hotline-12345'],
  ...over,
})
type Contacts = Record<string, { phone: string | null }>
const data = (b = benefit(), contacts: Contacts = { village: { phone: null }, 'hotline-12345': { phone: '12345' } }) => ({ contacts, benefits: [b] })

describe('benefit rules', () => {
  it('pass a dated, scoped Hunan floor and reference figures, and a known amount with no local line', () => {
    const shown = benefit({
      provinceFigures: [{ text: '湖南省规定：从2024年起每月不低于670元。', year: 2024, source: 'S1' }],
      referenceFigures: [{ text: '2024年底湖南全省平均：每月670元。', year: 2024, source: 'S1' }],
      contributions: [{ text: '湖南2024年度：个人缴费670元。', year: 2024, source: 'S1' }],
    })
    expect(benefitProblems(data(shown), facts)).toEqual([])
    expect(benefitProblems(data(benefit({ localStandard: null })), facts)).toEqual([])
  })

  it('read what policy-facts.md marks unverified', () => {
    expect(facts.unverifiedDocNumbers).toEqual(['民发〔2021〕57号'])
    expect(facts.unverifiedPhones).toEqual(['12333'])
    expect(facts.unverifiedNames).toEqual(['残补'])
  })

  it('pass on good content', () => {
    expect(benefitProblems(data(), facts)).toEqual([])
  })

  it.each([
    ['a number not in policy-facts.md', { summary: '家里人均收入低于当地低保标准的，每月可领800元。' }, /「800」/],
    ['an unverified 文号', { legalBasis: [{ title: '通知', number: '民发〔2021〕57号', source: 'S1' }] }, /民发〔2021〕57号.*unverified/],
    ['an unverified name shown as an alias', { aliases: ['低保', '残补'] }, /「残补」.*unverified/],
    ['a local sum of money', { eligibility: [{ text: '收入低于670元的可以申请。', source: 'S1' }] }, /sum of money outside the national figures/],
    ['a national figure without its year', { nationalFigures: [{ text: '全国标准670元。', year: 2024, source: 'S1' }] }, /needs its year/],
    ['a national figure without 全国', { nationalFigures: [{ text: '2024年标准670元。', year: 2024, source: 'S1' }] }, /needs its year, 「全国」/],
    ['a national figure without a source', { nationalFigures: [{ text: '2024年全国标准670元。', year: 2024, source: null }] }, /and a source/],
    ['a local standard stated', { localStandard: '每月670元。' }, /local standard must read/],
    ['a Hunan figure without 湖南', { provinceFigures: [{ text: '2024年起每月不低于670元。', year: 2024, source: 'S1' }] }, /Hunan figure needs its year, 「湖南」/],
    ['a Hunan figure without its year', { provinceFigures: [{ text: '湖南规定每月不低于670元。', year: 2024, source: 'S1' }] }, /Hunan figure needs its year/],
    ['a reference figure without its scope', { referenceFigures: [{ text: '2024年底的标准是每月670元。', year: 2024, source: 'S1' }] }, /reference figure needs its year, its scope/],
    ['a reference figure without a source', { referenceFigures: [{ text: '2024年底湖南全省平均：每月670元。', year: 2024, source: null }] }, /and a source/],
    ['a known amount with no figure to know it by', { localStandard: null, nationalFigures: [] }, /says the amount is known, but shows no national or Hunan figure/],
    ['a known amount with reference figures', { localStandard: null, referenceFigures: [{ text: '2024年底湖南全省平均：每月670元。', year: 2024, source: 'S1' }] }, /known amount needs no reference figures/],
    ['a Hunan contribution without its year', { contributions: [{ text: '湖南：个人缴费400元。', year: 2026, source: 'S1' }] }, /contribution needs its year, 「全国」 or 「湖南」/],
    ['a summary too short to help', { summary: '低保。' }, /too short/],
    ['no steps', { steps: [] }, /neither who qualifies nor how to apply/],
    ['no 12345', { contacts: ['village'] }, /needs 12345/],
    ['no one local to ask', { contacts: ['hotline-12345'] }, /someone local/],
  ])('fire on %s', (_what, over, message) => {
    const problems = benefitProblems(data(benefit(over)), facts)
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true)
  })

  it('fire on an unverified phone number, and on a contact phone not in policy-facts.md', () => {
    const contacts = { village: { phone: '12333' }, 'hotline-12345': { phone: '12345' } }
    expect(benefitProblems(data(benefit(), contacts), facts)).toEqual(expect.arrayContaining(['shows 12333, which policy-facts.md marks unverified']))
    const other = { village: { phone: '12399' }, 'hotline-12345': { phone: '12345' } }
    expect(benefitProblems(data(benefit(), other), facts)).toEqual(['dibao: phone 12399 is not in policy-facts.md'])
  })
})

describe('benefit schema: every statement shown has a source', () => {
  const sources = { S1: { title: '《社会救助暂行办法》', status: 'V' }, S9: { title: '传言', status: 'U' } }
  const content = (over = {}) => ({
    benefits: [
      {
        id: 'dibao',
        name: '最低生活保障',
        aliases: [],
        needs: [],
        category: 'hardship',
        summary: 's',
        eligibility: [{ text: '收入低于标准。', source: 'S1 第9条' }],
        benefits: [],
        steps: [{ text: '向村（社区）委员会申请。', source: 'ask-locally' }],
        documents: [],
        contacts: ['village'],
        legalBasis: [],
        reported: [{ year: 2024, section: 'livelihood', figure: 'dibao' }],
        notes: [],
        ...over,
      },
    ],
    categories: [{ id: 'hardship', name: '生活困难', needs: [] }],
    contacts: { village: { name: '村委会', detail: '先问这里。', source: 'S1' } },
    sources,
    checked: '2026-12-04',
  })

  it('reads the day policy-facts.md was checked from its newest 「更新」 note, and stops without one', () => {
    expect(policyFactsChecked('**2025-06-01 更新：** …\n**2026-12-04 更新：** …')).toBe('2026-12-04')
    expect(() => policyFactsChecked('# 惠民政策参考事实')).toThrow(/没有「YYYY-MM-DD 更新」的核对日期/)
  })

  it('derives good content, a referral shipping with no source', () => {
    const { benefits } = deriveBenefits(content(), new Map([[2024, report()]]), blockOfQuote)
    expect(benefits.benefits[0].eligibility).toEqual([{ text: '收入低于标准。', source: '《社会救助暂行办法》 第9条', checked: '2026-12-04' }])
    expect(benefits.benefits[0].steps).toEqual([{ text: '向村（社区）委员会申请。', source: null, checked: null }])
    expect(benefits.benefits[0].reported[0]).toMatchObject({ year: 2024, value: '947', quote: '发放低保947人' })
    expect(benefits.reportYear).toBe(2024)
  })

  it.each([
    ['a source of null', { eligibility: [{ text: '收入低于标准。', source: null }] }, /without a source/],
    ['no source at all', { eligibility: [{ text: '收入低于标准。' }] }, /without a source/],
    ['a referral that names no one to ask', { steps: [{ text: '去申请。', source: 'ask-locally' }] }, /does not say whom to ask/],
    ['a referral that states a number', { steps: [{ text: '向村委会申请，每月300元。', source: 'ask-locally' }] }, /may not state a number/],
    ['an unknown source', { eligibility: [{ text: 'x', source: 'S404' }] }, /unknown source S404/],
    ['an unverified source', { eligibility: [{ text: 'x', source: 'S9' }] }, /not verified/],
    ['an unknown category', { category: 'nope' }, /unknown category/],
    ['a report figure that does not exist', { reported: [{ year: 2024, section: 'livelihood', figure: 'nope' }] }, /does not exist/],
    ['a figure of a year with no reviewed report', { reported: [{ year: 2023, section: 'livelihood', figure: 'dibao' }] }, /引用了 2023 年的报告/],
    ['a figure that does not say its year', { reported: [{ section: 'livelihood', figure: 'dibao' }] }, /每一处 reported、mentions 都要写 "year"/],
    ['a mention not in the report', { mentions: [{ year: 2024, section: 'livelihood', quote: '修了一座桥' }] }, /quote not found/],
    ['an unknown contact', { contacts: ['nobody'] }, /unknown contact/],
  ])('refuses %s', (_what, over, message) => {
    expect(() => deriveBenefits(content(over), new Map([[2024, report()]]), blockOfQuote)).toThrow(message)
  })
})

describe('finder rules refer to real benefits and answers', () => {
  const finder = (rules: unknown[]) => ({ questions: [{ id: 'q', answers: [{ id: 'a' }] }], rules, always: [] })
  it('accepts a rule over known answers', () => {
    expect(deriveFinder(finder([{ benefit: 'dibao', when: [['a']] }]), [{ id: 'dibao' }]).rules).toHaveLength(1)
  })
  it('refuses an unknown benefit or answer', () => {
    expect(() => deriveFinder(finder([{ benefit: 'nope', when: [['a']] }]), [{ id: 'dibao' }])).toThrow(/unknown benefit nope/)
    expect(() => deriveFinder(finder([{ benefit: 'dibao', when: [['b']] }]), [{ id: 'dibao' }])).toThrow(/unknown answer b/)
  })
})

describe('rules at their edges (each case a planted bug once survived)', () => {
  it.each([
    ['65.0', '征缴率65.06%', false],
    ['65', '征缴率65.06%', false],
    ['65.06', '征缴率65.06%', true],
    ['3个1', '上升3个12', false],
    ['多', '很多', false],
  ])('value %s in 「%s」: %s', (value, quote, ok) => {
    expect(valueMatchesQuote({ value, quote })).toBe(ok)
  })

  it('does not find a quote across two paragraphs', () => {
    const r = { sections: [{ id: 's', summary: '', paragraphs: [{ text: '发放低保947' }, { text: '人。' }], figures: [figure({ quote: '发放低保947人' })] }] }
    expect(figureProblems(r)).toContain('s/dibao：quote「发放低保947人」在这一章的原文里找不到（要逐字照抄原文）')
  })

  it('reads decimals whole in a summary', () => {
    const r = { sections: [{ id: 's', summary: '征缴率65.06%。', paragraphs: [{ text: '征缴率65.06%' }], figures: [figure({ id: 'rate', value: '65.06', unit: '%', quote: '征缴率65.06%' })] }] }
    expect(figureProblems(r)).toEqual([])
  })

  it('an amount outside its figure\'s quote is not covered by it, one at the quote\'s edge is', () => {
    const text = '发放低保947人，另有947人在外。'
    const r = (quote: string) => ({ sections: [{ id: 's', summary: '', paragraphs: [{ text }], figures: [figure({ quote })] }] })
    expect(uncoveredAmounts(r('发放低保947人'))).toEqual(['s: 947人'])
    expect(uncoveredAmounts({ sections: [{ id: 's', summary: '', paragraphs: [{ text: '947人' }], figures: [figure({ quote: '947人' })] }] })).toEqual([])
  })

  it('an amount in a paragraph without the quote, or before the quote, is not covered by it', () => {
    const section = (paragraphs: string[]) => ({ sections: [{ id: 's', summary: '', paragraphs: paragraphs.map((text) => ({ text })), figures: [figure({ quote: '发放低保947人' })] }] })
    expect(uncoveredAmounts(section(['947人在外。', '发放低保947人。']))).toEqual(['s: 947人'])
    expect(uncoveredAmounts(section(['另有947人，发放低保947人。']))).toEqual(['s: 947人'])
  })

  it('reads a decimal sum of money whole', () => {
    const r = { sections: [{ id: 's', summary: '', paragraphs: [{ text: '救助1.25万元。' }], figures: [figure({ id: 'm', value: '1.25', unit: '万元', quote: '救助1.25万元' })] }] }
    expect(uncoveredAmounts(r)).toEqual([])
  })

  it('benefit rules: a legal-basis number, a 15-character summary, money written with a space, each local contact', () => {
    expect(benefitProblems(data(benefit({ legalBasis: [{ title: '《办法》', number: '第99号', source: 'S1' }] })), facts).join()).toMatch(/「99」/)
    expect(benefitProblems(data(benefit({ summary: '一二三四五六七八九十一二三四五' })), facts).join()).toMatch(/too short/)
    expect(benefitProblems(data(benefit({ summary: '一二三四五六七八九十一二三四五六' })), facts)).toEqual([])
    expect(benefitProblems(data(benefit({ steps: [{ text: '收入低于670 元的可以申请。', source: 'S1' }] })), facts).join()).toMatch(/sum of money/)
    for (const local of ['village', 'town', 'employment-service']) {
      expect(benefitProblems(data(benefit({ contacts: [local, 'hotline-12345'] }), { [local]: { phone: null }, 'hotline-12345': { phone: '12345' } }), facts)).toEqual([])
    }
    expect(() => benefitProblems(data(benefit({ contacts: ['village', 'hotline-12345', 'nobody'] })), facts)).not.toThrow()
  })

  it('policy-facts: an [U] mark covers only the text up to the next [V]', () => {
    expect(readFacts('- 电话 [U] 12333 未核实 [V] 热线 12345').unverifiedPhones).toEqual(['12333'])
    expect(readFacts('- 电话 [U] 12333 未核实 [V2] 热线 12349').unverifiedPhones).toEqual(['12333'])
  })
})
