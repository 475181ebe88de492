import benefitsJson from '../data/benefits.json'
import type { Benefit, BenefitsData, Contact, ContactId } from './benefit-types'
import type { SectionId } from './report-types'

/** Full benefit pages (who qualifies, steps, contacts …). Imported only where a detail page needs it. */
export const benefitsData = benefitsJson as BenefitsData

const byId = new Map<string, Benefit>(benefitsData.benefits.map((b) => [b.id, b]))

export function findBenefit(id: string): Benefit | null {
  return byId.get(id) ?? null
}

export function contactsOf(benefit: Benefit): (Contact & { id: ContactId })[] {
  return benefit.contacts.map((id) => ({ id, ...benefitsData.contacts[id] }))
}

/** Report sections this benefit's page links to (figures quoted from them, or sentences that mention it). */
export function sectionsOfBenefit(benefit: Benefit): { section: SectionId; sectionTitle: string }[] {
  const seen = new Map<SectionId, string>()
  for (const r of [...benefit.reported, ...benefit.mentions]) if (!seen.has(r.section)) seen.set(r.section, r.sectionTitle)
  return [...seen].map(([section, sectionTitle]) => ({ section, sectionTitle }))
}

/** 「复制」 on a benefit page: the essentials as plain text for a chat. */
export function benefitPlainText(benefit: Benefit, appName: string): string {
  const lines = [
    `【${benefit.name}】${benefit.summary}`,
    '谁能申请：',
    ...benefit.eligibility.map((e) => `· ${e.text}`),
    '怎么申请：',
    ...benefit.steps.map((s, i) => `${i + 1}. ${s.text}`),
    `能领多少：${benefit.localStandard}`,
    `问谁：${contactsOf(benefit)
      .map((c) => c.name)
      .join('、')}`,
    `——${appName}`,
  ]
  return lines.join('\n')
}
