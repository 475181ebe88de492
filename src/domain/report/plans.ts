import planJson from '../../data/plan.json'
import type { GroupMessage } from '../group-message'
import type { SectionId } from './types'

/** What a report said the next year would do, and what the next year's report says became of it. */
export type OutcomeStatus = 'done' | 'doing' | 'not-mentioned'

export interface PlanOutcome {
  status: OutcomeStatus
  /** The year of the report that says so. */
  year: number
  section?: SectionId
  sectionTitle?: string
  quote?: string
}

export interface PlanItem {
  id: string
  section: SectionId
  sectionTitle: string
  /** The item in plain words. */
  text: string
  /** The plan's own words, verbatim from its chapter. */
  quote: string
  /** Null until the next year's report is added and the editor has compared them. */
  outcome: PlanOutcome | null
}

export interface Plan {
  /** The report the plan is in (2024 for the 2024 work summary with its 2025 plan). */
  fromYear: number
  /** The year it plans (2025). */
  planYear: number
  items: PlanItem[]
}

export const OUTCOME_LABELS: Record<OutcomeStatus, string> = { done: '做到了', doing: '在做', 'not-mentioned': '报告没提' }

/** Every plan, newest first (src/data/plan.json). */
export const plans = (planJson as { plans: Plan[] }).plans

/** A plan's items by chapter, in the plan's order. */
export function itemsByChapter(plan: Plan): { section: SectionId; sectionTitle: string; items: PlanItem[] }[] {
  const chapters: { section: SectionId; sectionTitle: string; items: PlanItem[] }[] = []
  for (const item of plan.items) {
    const chapter = chapters.find((c) => c.section === item.section)
    if (chapter) chapter.items.push(item)
    else chapters.push({ section: item.section, sectionTitle: item.sectionTitle, items: [item] })
  }
  return chapters
}

/** The page's opening words for a plan: what it is, and whether it has been compared yet. */
export function planIntro(plan: Plan): string {
  const compared = plan.items.some((i) => i.outcome)
  return (
    `《${plan.fromYear}年工作总结和${plan.planYear}年工作计划》说，${plan.planYear}年要做下面这 ${plan.items.length} 件事。` +
    (compared ? `每一件都和${plan.planYear}年工作总结对照过。` : `等${plan.planYear}年的工作总结公布后，逐件对照：做到了、在做，还是报告没提。`)
  )
}

/** What the page says of an item: its outcome, or that the comparison waits for the next report. */
export function outcomeLabel(plan: Plan, item: PlanItem): string {
  return item.outcome ? `${item.outcome.year}年工作总结：${OUTCOME_LABELS[item.outcome.status]}` : `等${plan.planYear}年工作总结公布后对照`
}

/** 「发到群里」 on the plan page: the newest plan's items in plain words, each with its outcome once compared. */
export function planMessage(plan: Plan): GroupMessage {
  return {
    head: [`【${plan.planYear}年说要做的事】摘自《${plan.fromYear}年工作总结和${plan.planYear}年工作计划》，共 ${plan.items.length} 件`],
    body: plan.items.map((item, i) => `${i + 1}. ${item.text}${item.outcome ? `（${OUTCOME_LABELS[item.outcome.status]}）` : ''}`),
  }
}
