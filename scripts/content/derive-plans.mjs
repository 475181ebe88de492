// What each year's report said the next year would do (content/reports/<year>/plan.json) and what
// the next year's report says became of it (content/reports/<year + 1>/outcomes.json), for the page
// 「去年说要做的事」 (src/data/plan.json). Every quote is checked word for word against its report.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const OUTCOMES = {
  done: '做到了',
  doing: '在做',
  'not-mentioned': '报告没提',
}

const textOf = (section) => section.paragraphs.map((p) => p.text).join('\n')

function readOptional(root, dir, file) {
  const path = resolve(root, dir, file)
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

/**
 * `years`: every year's derived report, oldest first ({ year, dir, report, draft }). Returns the plans,
 * newest first, each item with its outcome (null until the next year's report is reviewed).
 */
export function derivePlans(root, years) {
  const problems = []
  const plans = []
  for (const y of years.filter((r) => !r.draft)) {
    const plan = readOptional(root, y.dir, 'plan.json')
    if (!plan) continue
    const where = `${y.dir}/plan.json`
    const sections = new Map(y.report.sections.map((s) => [s.id, s]))
    const ids = new Set()
    const next = years.find((r) => r.year === y.year + 1 && !r.draft)
    const outcomes = next ? readOptional(root, next.dir, 'outcomes.json') : null
    if (next && !outcomes) problems.push(`${next.dir}/outcomes.json 还没有写：${y.year} 年的报告说 ${plan.planYear} 年要做 ${plan.items.length} 件事，请逐件对照 ${next.year} 年的报告（npm run report:add 写的 review.json 里有建议的句子）`)
    const nextSections = next ? new Map(next.report.sections.map((s) => [s.id, s])) : new Map()
    const items = plan.items.map((item) => {
      const section = sections.get(item.section)
      if (ids.has(item.id)) problems.push(`${where}：${item.id} 写了两次`)
      ids.add(item.id)
      if (!section) problems.push(`${where}：${item.id} 的 section「${item.section}」在 ${y.year} 年的报告里没有`)
      else if (!textOf(section).includes(item.quote)) problems.push(`${where}：${item.id} 的 quote「${item.quote}」不在「${section.title}」的原文里（要逐字照抄）`)
      const found = outcomes?.items.find((o) => o.item === item.id) ?? null
      if (outcomes && !found) problems.push(`${next.dir}/outcomes.json：没有对照「${item.text}」（${item.id}）`)
      let outcome = null
      if (found) {
        if (!OUTCOMES[found.status]) problems.push(`${next.dir}/outcomes.json：${item.id} 的 status 要写 done（做到了）、doing（在做）或 not-mentioned（报告没提），现在是「${found.status ?? ''}」`)
        else if (found.status === 'not-mentioned') outcome = { status: found.status, year: next.year }
        else {
          const s = nextSections.get(found.section)
          if (!s) problems.push(`${next.dir}/outcomes.json：${item.id} 的 section「${found.section ?? ''}」在 ${next.year} 年的报告里没有`)
          else if (!found.quote || !textOf(s).includes(found.quote)) problems.push(`${next.dir}/outcomes.json：${item.id} 的 quote「${found.quote ?? ''}」不在「${s.title}」的原文里（要逐字照抄）`)
          else outcome = { status: found.status, year: next.year, section: s.id, sectionTitle: s.title, quote: found.quote }
        }
      }
      return { id: item.id, section: item.section, sectionTitle: section?.title ?? '', text: item.text, quote: item.quote, outcome }
    })
    plans.push({ fromYear: y.year, planYear: plan.planYear, items })
  }
  if (problems.length) throw new Error(`计划和对照有 ${problems.length} 处要改：\n  ${problems.join('\n  ')}`)
  return { plans: plans.reverse() }
}

/** Pairs of Chinese characters, the unit a plan item and a later report's sentence are compared by. */
const bigrams = (text) => {
  const han = text.replace(/[^\u4e00-\u9fa5]/g, '')
  return new Set([...han].slice(0, -1).map((ch, i) => ch + han[i + 1]))
}
/** Pairs every report uses, which say nothing about what was done. */
const COMMON = new Set(['工作', '加强', '开展', '推进', '做好', '落实', '提升', '持续', '建设', '全镇', '我镇', '发展', '服务', '群众', '进一步', '不断'])

/**
 * For each item of last year's plan, the sentences of the new report that may report on it (the
 * editor confirms one, and a status, in outcomes.json): those sharing at least two character pairs
 * with the item's quote, best first, at most three.
 */
export function followUpProposals(plan, sections, sentencesOf) {
  return plan.items.map((item) => {
    const wanted = [...bigrams(item.quote)].filter((b) => !COMMON.has(b))
    const proposals = sections
      .flatMap((s) => s.paragraphs.flatMap((p) => sentencesOf(p.text).map((sentence) => ({ section: s.id, sentence }))))
      .map((p) => ({ ...p, shared: wanted.filter((b) => p.sentence.includes(b)).length }))
      .filter((p) => p.shared >= 2)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, 3)
    return { item: item.id, text: item.text, proposals }
  })
}
