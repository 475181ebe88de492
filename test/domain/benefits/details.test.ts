import { benefitMessage, benefitsData, benefitView, contactsOf, findBenefit, listLine } from '../../../src/domain/benefits/details'
import { entriesOfSection } from '../../../src/domain/benefits/benefit-index'

describe('benefit details', () => {
  it('builds the page blocks: meta, national figures marked national, a fallback for documents', () => {
    const view = benefitView(findBenefit('medical-insurance')!)
    expect(view.meta).toBe('看病和医保 · 也叫：新农合、农村合作医疗、合作医疗、居民医保、医保、城乡医保、交医保')
    expect(view.contributions.map((c) => c.text.slice(0, 7))).toEqual(['2025年度的', '2026年度的', '湖南2026年', '湖南2026年', '2027年度的'])
    expect(view.contributions[0].text).toMatch(/^2025年度的保费（2024年秋冬交）：全国最低标准.*（这是全国标准，不是衡南本地标准）$/)
    // Hunan's own rule for 2026年度: what it costs after the collection period, and who pays 200 or 0.
    expect(view.contributions[2].text).toMatch(/个人交1100元，还要等3个月才能报销。（这是湖南全省的规定）$/)
    expect(view.contributions[3].text).toMatch(/个人缴0元.*个人缴200元/)
    expect(view.contributions[4].text).toContain('个人要交多少、哪天截止，这里还不知道')
    expect(view.getTitle).toBe('看病能报多少')
    expect(view.onPhone.map((c) => c.text.match(/「(湘[^」]+)」/)?.[1])).toEqual(['湘税社保', '湘易办', '湘医保', undefined])
    expect(benefitView(findBenefit('pension')!).nationalFigures[0].text).toMatch(/^2025年全国最低标准：基础养老金每人每月143元。/)
    expect(benefitView(findBenefit('dibao')!).getTitle).toBe('能领到什么')
    expect(view.legalBasis.map((l) => l.text)).toContain('《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）')
    expect(benefitView(findBenefit('rice-subsidy')!).documents[0].text).toMatch(/以村（社区）委员会、镇便民服务中心告知为准/)
    expect(view.readAloud.slice(0, 2)).toEqual(['城乡居民基本医疗保险', findBenefit('medical-insurance')!.summary])
  })

  it('lists whom to ask, and links benefits and report sections both ways', () => {
    const dibao = findBenefit('dibao')!
    expect(contactsOf(dibao).map((c) => c.name)).toEqual(['村（社区）委员会', '花桥镇便民服务中心（镇政府统一受理窗口）', '衡南县民政局', '12345 政务服务便民热线'])
    expect(dibao.reported.map((r) => [r.section, r.sectionTitle])).toEqual([['livelihood', '回应群众关切，提升民生福祉']])
    expect(entriesOfSection('safety-governance').map((e) => e.id)).toEqual(['disaster-relief'])
    expect(entriesOfSection('livelihood').map((e) => e.id)).toEqual(
      expect.arrayContaining(['dibao', 'elderly-allowance', 'disability-living', 'disability-care', 'temporary-relief', 'medical-insurance']),
    )
  })

  it('「发到群里」 says who can apply, what to bring, whom to ask and how much, dated once', () => {
    const dibao = findBenefit('dibao')!
    const { head, body } = benefitMessage(dibao, null)
    expect(head).toEqual([`【最低生活保障】${dibao.summary}`])
    expect(body.map((l) => l.slice(0, 5))).toEqual(['谁能申请：', '能领多少：', '要带什么：', '找谁问：村', '（整理自公'])
    expect(body[3]).toBe('找谁问：村（社区）委员会；花桥镇便民服务中心（镇政府统一受理窗口）；不清楚就打12345。')
    // The amount is not known for this year: said first, then the dated references, as the page has them.
    expect(body[1]).toMatch(/^能领多少：标准以衡南县有关部门当年公布为准；参考：衡南县2020年的农村低保标准是每人每年4200元/)
    expect(body[4]).toBe('（整理自公开的法规和政策说明，2026年12月核对；以衡南县有关部门的最新规定为准）')
    expect(body[2]).not.toContain('月核对')
  })

  it('what is known comes first: a benefit whose amount is national says it, with no 本地金额 line', () => {
    const childcare = findBenefit('childcare-subsidy')!
    expect(childcare.localStandard).toBeNull()
    const view = benefitView(childcare)
    expect(view.unknownAmount).toBeNull()
    expect(benefitView(findBenefit('dibao')!).unknownAmount).toMatchObject({
      standard: '本地金额：标准以衡南县有关部门当年公布为准。',
      ask: '今年衡南的标准，可以问村（社区）委员会、镇便民服务中心，或者打12345。',
    })
    expect(view.knownAmounts[0].text).toMatch(/^2025年起全国统一：每个孩子每年3600元/)
    const { body } = benefitMessage(childcare, null)
    expect(body[1]).toMatch(/^能领多少：2025年起全国统一：每个孩子每年3600元/)
    expect(body.join('\n')).not.toContain('标准以衡南县有关部门当年公布为准')
    expect(body[2]).toBe('要带什么：孩子的出生医学证明；户口簿；这些是证明孩子身份和抚养关系的基本材料；还要别的，以村（社区）委员会或镇便民服务中心告知为准。')
    // A Hunan floor comes before what is not known.
    const living = benefitView(findBenefit('disability-living')!)
    expect(living.knownAmounts.map((a) => a.text)).toEqual(['湖南省规定：从2024年起，残疾人两项补贴每人每月不低于90元，低于90元的地方补齐差额。'])
    expect(living.unknownAmount!.references[0].text).toMatch(/^2024年底湖南全省平均：生活补贴每人每月98元/)
  })

  it('every contact card cites a rule its own page rests on, or none: no 低保 regulation on 育儿补贴, 养老保险 or 耕地', () => {
    const ownDocuments = (b: ReturnType<typeof findBenefit> & object) =>
      new Set([...b.eligibility, ...b.benefits, ...b.steps, ...b.documents].map((c) => c.source?.split(' ')[0]))
    for (const { id } of benefitsData.benefits) {
      const b = findBenefit(id)!
      for (const c of contactsOf(b)) {
        if (c.source && ['village', 'town', 'county-civil-affairs'].includes(c.id))
          expect(ownDocuments(b).has(c.source.split(' ')[0]), `${id}: ${c.name} cites ${c.source}`).toBe(true)
      }
    }
    const childcare = contactsOf(findBenefit('childcare-subsidy')!)
    expect(childcare.map((c) => [c.name, c.detail, c.source])).toEqual([
      ['村（社区）委员会', '先从这里问起。', null],
      ['花桥镇便民服务中心（镇政府统一受理窗口）', '镇里的办事窗口，可以先到这里问怎么申请、要带什么。', null],
      // The hotline's card is about the hotline itself, and keeps its source.
      ['12345 政务服务便民热线', expect.stringContaining('12345'), expect.stringContaining('国办发')],
    ])
    // On 低保 the rules themselves: 委托村委会代办 (S2 第6条), the town's duty to accept (S1 第4条).
    const dibao = contactsOf(findBenefit('dibao')!)
    expect(dibao.slice(0, 2).map((c) => c.source)).toEqual(['《最低生活保障审核确认办法》 第6条', '《社会救助暂行办法》 第4条'])
  })

  it('lists items whole, and says 「等」 where some are left out', () => {
    expect(listLine('要带什么：', ['户口簿。', '身份证。'])).toBe('要带什么：户口簿；身份证。')
    expect(listLine('要带什么：', ['甲'.repeat(100), '乙'.repeat(100)], 160)).toBe(`要带什么：${'甲'.repeat(100)}，等。`)
    expect(listLine('谁：', ['甲'.repeat(300)], 160)).toBe(`谁：${'甲'.repeat(300)}。`)
  })

  it('returns null for an unknown id', () => {
    expect(findBenefit('nope')).toBeNull()
  })
})

describe('the group message at its edges', () => {
  const dibao = findBenefit('dibao')!
  const line = (message: { body: string[] }, label: string) => message.body.find((l) => l.startsWith(label))

  it('a list line keeps an item that fits exactly, and counts the 「；」 between items', () => {
    expect(listLine('谁：', ['一二三', '四五六'], 9)).toBe('谁：一二三；四五六。')
    expect(listLine('谁：', ['一二三', '四五六'], 8)).toBe('谁：一二三，等。')
  })

  it('a known amount names its source and date only when it has both', () => {
    const figure = (source: string | null, checked: string | null) => ({ text: '全国每人每月143元。', source, checked, year: 2025 })
    const amountsWith = (source: string | null, checked: string | null) =>
      line(benefitMessage({ ...dibao, nationalFigures: [figure(source, checked)] }, null, null), '能领多少：')
    const national = '能领多少：全国每人每月143元。（这是全国标准，不是衡南本地标准）'
    expect(amountsWith('新华社', '2026-12-07')).toContain(`${national}（新华社，2026年12月核对）；`)
    expect(amountsWith('新华社', null)).toContain(`${national}；`)
    expect(amountsWith(null, '2026-12-07')).toContain(`${national}；`)
  })

  it('never spends one of its two contacts on 12345, which it always names last', () => {
    const message = benefitMessage({ ...dibao, contacts: ['hotline-12345', 'village', 'town'] }, null, null)
    expect(line(message, '找谁问：')).toBe('找谁问：村（社区）委员会；花桥镇便民服务中心（镇政府统一受理窗口）；不清楚就打12345。')
  })

  it('says when it was checked only when something in it was', () => {
    const unchecked = (items: { text: string }[]) => items.map((i) => ({ ...i, source: null, checked: null }))
    const message = benefitMessage({ ...dibao, eligibility: unchecked(dibao.eligibility), documents: unchecked(dibao.documents) }, null, null)
    expect(message.body.at(-1)).toBe('（整理自公开的法规和政策说明；以衡南县有关部门的最新规定为准）')
    expect(benefitMessage(dibao, null, null).body.at(-1)).toBe('（整理自公开的法规和政策说明，2026年12月核对；以衡南县有关部门的最新规定为准）')
  })
})
