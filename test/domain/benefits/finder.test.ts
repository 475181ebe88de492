import finderJson from '../../../src/data/finder.json'
import type { FinderData } from '../../../src/domain/benefits/types'
import { BENEFIT_IDS } from '../../../src/domain/benefits/types'
import { findBenefits, toggleAnswer, type FinderAnswers } from '../../../src/domain/benefits/finder'

const finder = finderJson as FinderData
const ids = (answers: FinderAnswers) => findBenefits(finder, answers).map((r) => r.benefit)
const reasonsFor = (answers: FinderAnswers, id: string) => findBenefits(finder, answers).find((r) => r.benefit === id)?.reasons ?? []

describe('situation finder', () => {
  it('with no answers suggests only what applies to everyone (医保)', () => {
    expect(ids({})).toEqual(['medical-insurance'])
  })

  it('household ages: an 80-year-old brings 高龄津贴, with the reason in plain words', () => {
    expect(ids({ household: ['age-80'] })).toContain('elderly-allowance')
    expect(reasonsFor({ household: ['age-80'] }, 'elderly-allowance')).toEqual(['因为您家有80岁以上老人'])
    expect(ids({ household: ['age-60'] })).not.toContain('elderly-allowance')
  })

  it('household: a child with no carer brings 孤儿保障', () => {
    expect(ids({ household: ['child-no-carer'] })).toContain('orphan')
  })

  it('disability level: 一、二级 brings 护理补贴; 生活补贴 needs 低保 too', () => {
    expect(ids({ disability: ['disability-severe'] })).toContain('disability-care')
    expect(ids({ disability: ['disability-other'] })).not.toContain('disability-care')
    expect(ids({ disability: ['disability-other'] })).not.toContain('disability-living')
    expect(ids({ disability: ['disability-other'], status: ['dibao'] })).toContain('disability-living')
  })

  it('status: hardship brings 低保; 特困 needs an old person, child or severe disability as well', () => {
    expect(ids({ status: ['hardship'] })).toContain('dibao')
    expect(ids({ status: ['hardship'] })).not.toContain('tekun')
    expect(ids({ status: ['hardship'], household: ['age-60'] })).toContain('tekun')
    expect(ids({ status: ['lifted'] })).toContain('industry-support')
  })

  it('farming: each crop brings its own subsidy', () => {
    expect(ids({ farming: ['farmland'] })).toContain('farmland-subsidy')
    expect(ids({ farming: ['rice'] })).toEqual(expect.arrayContaining(['rice-subsidy']))
    expect(ids({ farming: ['cotton'] })).toContain('cotton-subsidy')
    expect(ids({ farming: [] })).not.toContain('farmland-subsidy')
  })

  it('school: 雨露计划 only for 脱贫户 or 监测户 with a child in 中职/高职', () => {
    expect(ids({ school: ['vocational'] })).not.toContain('yulu')
    expect(ids({ school: ['vocational'], status: ['monitored'] })).toContain('yulu')
  })

  it('events: disaster, illness, job loss, unsafe house and water each change the result', () => {
    expect(ids({ events: ['disaster'] })).toEqual(expect.arrayContaining(['disaster-relief', 'temporary-relief']))
    expect(ids({ events: ['disaster'] })).not.toContain('poverty-monitoring')
    expect(ids({ events: ['disaster'], status: ['lifted'] })).toContain('poverty-monitoring')
    expect(ids({ events: ['illness'] })).toContain('temporary-relief')
    expect(ids({ events: ['illness'] })).not.toContain('medical-assistance')
    expect(ids({ events: ['illness'], status: ['dibao'] })).toContain('medical-assistance')
    expect(ids({ events: ['job-loss'] })).toContain('employment-aid')
    expect(ids({ events: ['job-loss'], status: ['hardship'] })).toContain('public-welfare-jobs')
    expect(ids({ events: ['house-unsafe'] })).not.toContain('housing-repair')
    expect(ids({ events: ['house-unsafe'], status: ['tekun'] })).toContain('housing-repair')
    expect(ids({ events: ['water'] })).toContain('drinking-water')
  })

  it('lists each benefit once, merging reasons', () => {
    const results = findBenefits(finder, { household: ['age-80'], events: ['illness'] })
    const insurance = results.filter((r) => r.benefit === 'medical-insurance')
    expect(insurance).toHaveLength(1)
    expect(insurance[0].reasons.length).toBe(3)
  })

  it('every answer leads somewhere, and every result is a real benefit', () => {
    const all = Object.fromEntries(finder.questions.map((q) => [q.id, q.answers.map((a) => a.id)]))
    for (const r of findBenefits(finder, all)) expect(BENEFIT_IDS).toContain(r.benefit)
    const used = new Set(finder.rules.flatMap((r) => r.when.flat()))
    for (const q of finder.questions) for (const a of q.answers) expect(used.has(a.id), a.id).toBe(true)
  })

  it('toggles answers: single choice replaces, multiple choice adds and removes, none clears', () => {
    let a = toggleAnswer(finder, {}, 'disability', 'disability-severe')
    a = toggleAnswer(finder, a, 'disability', 'disability-other')
    expect(a.disability).toEqual(['disability-other'])
    a = toggleAnswer(finder, a, 'events', 'disaster')
    a = toggleAnswer(finder, a, 'events', 'illness')
    a = toggleAnswer(finder, a, 'events', 'disaster')
    expect(a.events).toEqual(['illness'])
    expect(toggleAnswer(finder, a, 'events', null).events).toEqual([])
    expect(toggleAnswer(finder, a, 'no-such-question', 'x')).toBe(a)
    expect(toggleAnswer(finder, a, 'events', 'not-an-answer').events).toEqual([])
  })
})

/**
 * Where every answer leads, written out: rule by rule (in finder.json's order), the groups of answers
 * of which one each must be chosen. The test below finds these groups from the finder's behaviour,
 * answer by answer, so a rule that loses or gains an answer fails here.
 */
const WHERE_ANSWERS_LEAD: [string, string[][]][] = [
  ['elderly-allowance', [['age-80']]],
  ['tekun', [['age-60', 'age-80', 'under-16', 'disability-severe'], ['hardship']]],
  ['dibao', [['hardship']]],
  ['orphan', [['child-no-carer']]],
  ['disability-care', [['disability-severe']]],
  ['disability-living', [['disability-severe', 'disability-other'], ['dibao']]],
  ['medical-assistance', [['illness'], ['dibao', 'tekun', 'hardship', 'monitored', 'lifted']]],
  ['temporary-relief', [['illness', 'accident', 'disaster']]],
  ['disaster-relief', [['disaster']]],
  ['poverty-monitoring', [['illness', 'accident', 'disaster', 'job-loss'], ['lifted', 'monitored', 'hardship']]],
  ['yulu', [['vocational'], ['lifted', 'monitored']]],
  ['housing-repair', [['house-unsafe'], ['dibao', 'tekun', 'lifted', 'monitored', 'hardship']]],
  ['drinking-water', [['water']]],
  ['public-welfare-jobs', [['job-loss'], ['dibao', 'lifted', 'monitored', 'hardship', 'disability-other', 'disability-severe']]],
  ['employment-aid', [['job-loss']]],
  ['industry-support', [['lifted', 'monitored']]],
  ['farmland-subsidy', [['farmland']]],
  ['rice-subsidy', [['rice']]],
  ['cotton-subsidy', [['cotton']]],
  ['medical-insurance', [['age-60', 'age-80', 'under-16', 'dibao', 'tekun', 'disability-severe', 'disability-other']]],
  ['medical-insurance', [['illness']]],
  ['pension', [['age-60', 'age-80']]],
  ['childcare-subsidy', [['under-3']]],
]

describe('finder rules: where each answer leads', () => {
  const allAnswers = finder.questions.flatMap((q) => q.answers.map((a) => a.id))
  const reasonsWith = (chosen: string[], benefit: string) => findBenefits(finder, { chosen }).find((r) => r.benefit === benefit)?.reasons ?? []

  it('has exactly the rules listed here, in order', () => {
    expect(finder.rules.map((r) => r.benefit)).toEqual(WHERE_ANSWERS_LEAD.map(([benefit]) => benefit))
  })

  it.each(WHERE_ANSWERS_LEAD.map(([benefit, groups], i) => [benefit, i, groups] as const))('%s (rule %i)', (benefit, i, groups) => {
    const reason = finder.rules[i].reason
    const leadingTo = groups.map((_group, g) => {
      const others = groups.filter((_other, h) => h !== g).map((group) => group[0])
      return allAnswers.filter((answer) => reasonsWith([answer, ...others], benefit).includes(reason)).sort()
    })
    expect(leadingTo).toEqual(groups.map((group) => [...group].sort()))
    // And no single group is enough when the rule needs more than one.
    if (groups.length > 1) for (const group of groups) expect(reasonsWith(group, benefit)).not.toContain(reason)
  })
})
