// 「去年说要做的事」 in words (src/domain/report/plans.ts): the plan's items by chapter, the page's opening, each
// item's outcome, and the group message — before and after the next year's report is compared.
import { itemsByChapter, outcomeLabel, planIntro, planMessage, plans, type Plan, type PlanItem } from '../../../src/domain/report/plans'

const item = (id: string, section: string, outcome: PlanItem['outcome'] = null): PlanItem =>
  ({ id, section, sectionTitle: `《${section}》`, text: `${id}的事`, quote: id, outcome }) as PlanItem
const waiting: Plan = { fromYear: 2024, planYear: 2025, items: [item('a', 'plan-economy'), item('b', 'plan-safety'), item('c', 'plan-economy')] }
const compared: Plan = {
  ...waiting,
  items: [item('a', 'plan-economy', { status: 'done', year: 2025 }), item('b', 'plan-safety', { status: 'doing', year: 2025 }), item('c', 'plan-economy', { status: 'not-mentioned', year: 2025 })],
}

describe('a plan read item by item', () => {
  it('groups the items by chapter, in the order the plan first names each chapter', () => {
    expect(itemsByChapter(waiting).map((c) => [c.section, c.sectionTitle, c.items.map((i) => i.id)])).toEqual([
      ['plan-economy', '《plan-economy》', ['a', 'c']],
      ['plan-safety', '《plan-safety》', ['b']],
    ])
  })

  it('opens by saying what the plan is, and whether it has been compared with the next report', () => {
    expect(planIntro(waiting)).toBe('《2024年工作总结和2025年工作计划》说，2025年要做下面这 3 件事。等2025年的工作总结公布后，逐件对照：做到了、在做，还是报告没提。')
    expect(planIntro(compared)).toBe('《2024年工作总结和2025年工作计划》说，2025年要做下面这 3 件事。每一件都和2025年工作总结对照过。')
  })

  it('says of each item what the next report says, or that it waits for it', () => {
    expect(outcomeLabel(waiting, waiting.items[0])).toBe('等2025年工作总结公布后对照')
    expect(compared.items.map((i) => outcomeLabel(compared, i))).toEqual(['2025年工作总结：做到了', '2025年工作总结：在做', '2025年工作总结：报告没提'])
  })

  it('sends the items numbered to the group, each with its outcome once compared', () => {
    expect(planMessage(waiting)).toEqual({ head: ['【2025年说要做的事】摘自《2024年工作总结和2025年工作计划》，共 3 件'], body: ['1. a的事', '2. b的事', '3. c的事'] })
    expect(planMessage(compared).body).toEqual(['1. a的事（做到了）', '2. b的事（在做）', '3. c的事（报告没提）'])
  })

  it('ships the 2024 report’s plan for 2025, not yet compared', () => {
    expect([plans[0].fromYear, plans[0].planYear]).toEqual([2024, 2025])
    expect(plans[0].items.every((i) => i.outcome === null)).toBe(true)
    expect(planIntro(plans[0])).toMatch(/^《2024年工作总结和2025年工作计划》说，2025年要做下面这 \d+ 件事。等2025年/)
  })
})
