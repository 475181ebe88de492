// The facts a clerk should check again: every dated entry whose check `isStale` says is too old.
import { CITED_LISTS } from './derive-benefits.mjs'

/** 「政策：城乡居民基本医疗保险（核对于 2026-12-04）」 lines, one per stale source of facts. */
export function staleFacts(outputs, isStale) {
  const lines = []
  // The shipped benefits carry the policy facts' one check date once (derive-benefits.mjs packBenefits).
  const policyDays = new Set([outputs['src/data/benefits.json'].checked].filter(Boolean))
  for (const day of [...policyDays].sort()) if (isStale(day)) lines.push(`政策事实（content/benefits/policy-facts.md，核对于 ${day}）`)
  const local = outputs['src/data/local.json']
  for (const [id, office] of Object.entries(local.offices)) if (isStale(office.checked)) lines.push(`本地信息 offices.${id}（核对于 ${office.checked}）`)
  for (const village of local.villages) if (isStale(village.checked)) lines.push(`本地信息 村（社区）「${village.name}」（核对于 ${village.checked}）`)
  for (const [id, entry] of Object.entries(local.benefits)) if (isStale(entry.checked)) lines.push(`本地信息 benefits.${id}（核对于 ${entry.checked}）`)
  return lines
}

/** A deadline or the end of a period in a statement: 「到2025年」「到2025年底」「2026年1月31日前」「截止到2026年1月31日」. */
const DEADLINE = /(?:到|截止到?|截至)(\d{4})年(?:底|(\d{1,2})月(?:(\d{1,2})日)?)?|(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|以前|截止)/g
/** Words that say the period is over: such a statement is not stated as current. */
const SAID_TO_BE_OVER = /已经|已在|已于|已过|已结束|结束了|过去了|（已经过去）/

/** The last day a deadline phrase covers, as YYYY-MM-DD. */
function lastDay(year, month, day) {
  if (!month) return `${year}-12-31`
  const mm = String(month).padStart(2, '0')
  if (day) return `${year}-${mm}-${String(day).padStart(2, '0')}`
  return new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10)
}

/**
 * Statements whose date has passed on `today` (YYYY-MM-DD) and that do not say so: a transition period,
 * a collection period, a deadline. The content build stops on each, saying what to re-check.
 */
export function passedStatements(benefits, today) {
  const problems = []
  for (const b of benefits) {
    const texts = [...CITED_LISTS.flatMap((list) => (b[list] ?? []).map((c) => c.text)), ...(b.notes ?? [])]
    for (const text of texts) {
      if (SAID_TO_BE_OVER.test(text)) continue
      for (const m of text.matchAll(DEADLINE)) {
        const end = m[1] ? lastDay(m[1], m[2], m[3]) : lastDay(m[4], m[5], m[6])
        if (end < today)
          problems.push(`${b.name}：「${text}」说的期限 ${end} 已经过了，却写得像现在还有效。请对照 content/benefits/policy-facts.md 重新核对，改写（写明已经结束、现在怎么办）或删掉这一句。`)
      }
    }
  }
  return problems
}
