// The facts a clerk should check again: every dated entry whose check `isStale` says is too old.

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
