// Whom to ask, with the town's own facts (src/domain/benefits/local-facts.ts contactViews): the villager's own
// 村（社区）委员会 first where they chose it, the town office's phone on the town's card only.
import { contactViews } from '../../../src/domain/benefits/local-facts'
import { contactsOf, findBenefit } from '../../../src/domain/benefits/details'
import type { LocalFacts } from '../../../src/domain/benefits/local-types'

const supplied = { suppliedBy: '花桥镇便民服务中心', checked: '2026-11-20' }
const facts: LocalFacts = {
  offices: { town: { phone: '0734-1234567', address: '镇政府一楼', hours: '工作日 8:30–17:30', ...supplied } },
  villages: [{ name: '龙海村', phone: '13800000000', address: '龙海村部', hours: null, ...supplied }],
  benefits: {},
}
const dibaoContacts = contactsOf(findBenefit('dibao')!)

describe('whom to ask, with the town’s facts', () => {
  it('puts the chosen village first, in its own words, in place of the general 村委会 card', () => {
    const views = contactViews(dibaoContacts, '龙海村', facts)
    expect(views[0]).toEqual({
      id: 'village:龙海村',
      name: '龙海村（村（社区）委员会）',
      detail: '您选的村，先从这里问起。',
      phone: '13800000000',
      address: '龙海村部',
      hours: null,
      source: '花桥镇便民服务中心',
      checked: '2026-11-20',
    })
    expect(views.map((v) => v.id)).toEqual(['village:龙海村', 'town', 'county-civil-affairs', 'hotline-12345'])
  })

  it('gives the town office’s phone, address and hours to the town’s card only', () => {
    const views = contactViews(dibaoContacts, null, facts)
    expect(views.find((v) => v.id === 'town')).toMatchObject({ phone: '0734-1234567', address: '镇政府一楼', hours: '工作日 8:30–17:30', checked: '2026-11-20' })
    expect(views.find((v) => v.id === 'county-civil-affairs')).toMatchObject({ phone: null, address: null, hours: null })
    expect(views.find((v) => v.id === 'hotline-12345')!.phone).toBe('12345')
  })

  it('a village the town has not supplied, or none chosen, leaves the general cards as they are', () => {
    expect(contactViews(dibaoContacts, '白水村', facts).map((v) => v.id)).toEqual(['village', 'town', 'county-civil-affairs', 'hotline-12345'])
    expect(contactViews(dibaoContacts, null, facts)[0].id).toBe('village')
  })
})
