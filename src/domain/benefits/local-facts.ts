import type { BenefitId, Cited, Contact, ContactId } from './types'
import type { LocalBenefit, LocalContact, LocalFacts, Village } from './local-types'
import { localFacts } from './local-data'

export function localBenefit(id: BenefitId, facts: LocalFacts = localFacts): LocalBenefit | null {
  return facts.benefits[id] ?? null
}

const supplied = (entry: LocalBenefit, text: string): Cited => ({ text, source: entry.suppliedBy, checked: entry.checked })

/** 「2026年 农村低保标准：580元/人·月」, one per amount, each with who supplied it and when. */
export function localAmounts(entry: LocalBenefit | null): Cited[] {
  return (entry?.amounts ?? []).map((a) => supplied(entry!, `${a.year}年 ${a.label}：${a.amount}${a.unit}`))
}

/** 「什么时候办」「到哪里办」, where the town has said. */
export function localSteps(entry: LocalBenefit | null): Cited[] {
  if (!entry) return []
  return [entry.deadline && supplied(entry, `什么时候办：${entry.deadline}`), entry.where && supplied(entry, `到哪里办：${entry.where}`)].filter(
    (c): c is Cited => Boolean(c),
  )
}

/** The town's list of documents, one per line (the list names who gave it and when, once). */
export function localDocuments(entry: LocalBenefit | null): Cited[] {
  return entry ? entry.documents.map((text) => supplied(entry, text)) : []
}

/** A contact card as the page shows it: a public contact, or an office or village the town has described. */
export interface ContactView extends Contact {
  id: string
  address: string | null
  hours: string | null
}

const withLocal = (contact: ContactView, local: LocalContact | undefined): ContactView =>
  local
    ? { ...contact, phone: local.phone ?? contact.phone, address: local.address, hours: local.hours, source: local.suppliedBy, checked: local.checked }
    : contact

export function findVillage(name: string | null, facts: LocalFacts = localFacts): Village | null {
  return (name && facts.villages.find((v) => v.name === name)) || null
}

/**
 * Whom to ask, in order: the villager's own 村（社区）委员会 first where they have chosen it and the
 * town has given its details, then the benefit's contacts, the town's service centre with its phone,
 * address and hours where supplied.
 */
export function contactViews(contacts: (Contact & { id: ContactId })[], villageName: string | null, facts: LocalFacts = localFacts): ContactView[] {
  const village = findVillage(villageName, facts)
  const views = contacts.map((c) => withLocal({ ...c, address: null, hours: null }, c.id === 'town' ? facts.offices.town : undefined))
  if (!village) return views
  const own: ContactView = {
    id: `village:${village.name}`,
    name: `${village.name}（村（社区）委员会）`,
    detail: '您选的村，先从这里问起。',
    phone: village.phone,
    address: village.address,
    hours: village.hours,
    source: village.suppliedBy,
    checked: village.checked,
  }
  return [own, ...views.filter((c) => c.id !== 'village')]
}
