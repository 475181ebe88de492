import benefitsJson from '../../data/benefits.json'
import type { Benefit, BenefitsData, Cited, Contact, ContactId, PackedBenefitsData, YearFigure } from './types'
import { categoryName } from './benefit-index'
import { contactViews, localAmounts, localBenefit, localDocuments, localSteps } from './local-facts'
import type { LocalBenefit } from './local-types'
import { checkedLabel } from './freshness'
import { countyShortName, town } from '../town'
import type { GroupMessage } from '../group-message'

/**
 * Each shipped benefit with what the file says once put back: the defaults it leaves out, and the
 * titles of the sections it quotes (its statements still name their source by place).
 */
export function withSharedParts(packed: PackedBenefitsData) {
  const titled = <T extends { year: number; section: string }>(quoted: T) => ({ ...quoted, sectionTitle: packed.sectionTitles[quoted.year][quoted.section] })
  return packed.benefits.map((packedBenefit) => {
    const b = { ...packed.defaults, ...packedBenefit }
    return { ...b, reported: b.reported.map(titled), mentions: b.mentions.map(titled) }
  })
}

/** The shipped file unpacked: each statement with its source's title and the day it was checked. */
export function unpackBenefits(packed: PackedBenefitsData): BenefitsData {
  const cite = <T extends { source: number | null }>({ source, ...rest }: T) => ({
    ...rest,
    source: source === null ? null : packed.sources[source],
    checked: source === null ? null : packed.checked,
  })
  return {
    contacts: packed.contacts,
    reportYear: packed.reportYear,
    benefits: withSharedParts(packed).map((b) => ({
      ...b,
      eligibility: b.eligibility.map(cite),
      benefits: b.benefits.map(cite),
      nationalFigures: b.nationalFigures.map((f) => ({ ...cite(f), year: f.year ?? 0 })),
      provinceFigures: b.provinceFigures.map((f) => ({ ...cite(f), year: f.year ?? 0 })),
      referenceFigures: b.referenceFigures.map((f) => ({ ...cite(f), year: f.year ?? 0 })),
      contributions: b.contributions.map((f) => ({ ...cite(f), year: f.year ?? 0 })),
      steps: b.steps.map(cite),
      onPhone: b.onPhone.map(cite),
      documents: b.documents.map(cite),
      legalBasis: b.legalBasis.map(({ source, ...rest }) => ({ ...rest, source: source === null ? null : packed.sources[source] })),
    })),
  }
}

/** Full benefit pages (who qualifies, steps, contacts …). Imported only where a detail page needs it. */
export const benefitsData: BenefitsData = unpackBenefits(benefitsJson as PackedBenefitsData)

const byId = new Map<string, Benefit>(benefitsData.benefits.map((b) => [b.id, b]))

/** The year of the report the benefit pages quote. */
export const quotedReportYear = benefitsData.reportYear

export function findBenefit(id: string): Benefit | null {
  return byId.get(id) ?? null
}

/** The document a citation names, without its article: 「《社会救助暂行办法》 第4条」 → 「《社会救助暂行办法》」. */
const citedDocument = (source: string | null) => source?.split(' ')[0] ?? null

/**
 * Whom to ask about a benefit. A contact whose detail states a rule (委托村委会代办, the town's duty
 * to accept) keeps it only on a page whose own statements rest on the same document (the 低保 rules
 * on 社会救助 pages); elsewhere it says what it is for, uncited.
 */
export function contactsOf(benefit: Benefit): (Contact & { id: ContactId })[] {
  const own = new Set([...benefit.eligibility, ...benefit.benefits, ...benefit.steps, ...benefit.documents].map((c) => citedDocument(c.source)))
  return benefit.contacts.map((id) => {
    const contact = benefitsData.contacts[id]
    // Only a detail that states a rule has a general wording (content/benefits/contacts.json).
    const belongs = !contact.generalDetail || own.has(citedDocument(contact.source))
    return belongs ? { id, ...contact } : { id, ...contact, detail: contact.generalDetail!, source: null, checked: null }
  })
}

/** A supplied fact as a chat line: 「…（<supplier>，2026年11月核对）」. */
const withSource = (item: Cited) => {
  const checked = checkedLabel(item.checked)
  return item.source && checked ? `${item.text}（${item.source}，${checked}）` : item.text
}

/** 「谁能申请：A；B」: the items that fit in `max` characters (at least the first), 「等」 when some are left out. */
export function listLine(label: string, items: string[], max = 160): string {
  const kept: string[] = []
  for (const item of items) {
    if (kept.length > 0 && [...`${label}${[...kept, item].join('；')}`].length > max) break
    kept.push(item.replace(/[。；]$/, ''))
  }
  return `${label}${kept.join('；')}${kept.length < items.length ? '，等' : ''}。`
}

/**
 * 「发到群里」 on a benefit page: who can apply, what is known of how much (the town's amounts, national
 * and Hunan figures, then the reference figures after 「本地金额…」 where this year's is not known), what
 * to bring, whom to ask (the villager's own village first, where the town has supplied it) — each
 * supplied fact with its source and date, as the page shows it.
 */
export function benefitMessage(benefit: Benefit, villageName: string | null, local: LocalBenefit | null = localBenefit(benefit.id)): GroupMessage {
  const view = benefitView(benefit, local)
  const contacts = contactViews(contactsOf(benefit), villageName)
    .filter((c) => c.id !== 'hotline-12345')
    .slice(0, 2)
    .map((c) => (c.phone ? `${c.name}，电话${c.phone}` : c.name))
  // What is known first (the town's amounts, national and Hunan figures), then what is not.
  const unknown = view.unknownAmount ? [benefit.localStandard!, ...view.unknownAmount.references.map((r) => `参考：${r.text}`)] : []
  const amounts = [...view.knownAmounts.map(withSource), ...unknown]
  // The newest check of what the message says (the town's own facts carry theirs, line by line).
  const checked = checkedLabel(
    [...view.eligibility, ...view.documents]
      .map((c) => c.checked ?? '')
      .sort()
      .pop() ?? null,
  )
  return {
    head: [`【${benefit.name}】${benefit.summary}`],
    body: [
      listLine('谁能申请：', view.eligibility.map((e) => e.text)),
      // The answer before the referral: what is known of how much, as the page shows it.
      listLine('能领多少：', amounts),
      // The town's own list with who gave it and when; otherwise the policy's, dated once below.
      listLine('要带什么：', localDocuments(local).length ? localDocuments(local).map(withSource) : view.documents.map((d) => d.text)),
      listLine('找谁问：', [...contacts, `不清楚就打${town.hotline}`]),
      ...(localSteps(local).length ? [listLine('怎么办：', localSteps(local).map(withSource))] : []),
      `（整理自公开的法规和政策说明${checked ? `，${checked}` : ''}；以${town.county}有关部门的最新规定为准）`,
    ],
  }
}

const NO_DOCUMENTS: Cited[] = [{ text: '具体要带什么，以村（社区）委员会、镇便民服务中心告知为准。', source: null, checked: null }]

/** What a benefit page shows, block by block, already in the words and order a reader meets them. */
export interface BenefitView {
  /** 「生活困难救助 · 也叫：低保、吃低保…」 */
  meta: string
  eligibility: Cited[]
  whatYouGet: Cited[]
  /** National figures, each marked as national so nobody reads them as Hengnan's own standard. */
  nationalFigures: Cited[]
  /**
   * What is known of the amount, in the order a villager should meet it: the town's own amounts, then
   * the national and Hunan figures that apply (each dated and sourced).
   */
  knownAmounts: Cited[]
  /**
   * Where this year's local amount is not known (no town amount, and no national figure gives the whole
   * of it): the line that says so, the dated reference figures to show after it, and whom to ask.
   */
  unknownAmount: { standard: string; references: Cited[]; ask: string } | null
  /** The town's own amounts, each with its year, who supplied it and when (empty: none published). */
  localAmounts: Cited[]
  /** 「能领到什么」, or the benefit's own words for it (医保: 「看病能报多少」). */
  getTitle: string
  /** 「每年要交多少」: what a villager pays, by the year it pays for, marked as national. */
  contributions: Cited[]
  steps: Cited[]
  onPhone: Cited[]
  documents: Cited[]
  legalBasis: Cited[]
  notes: Cited[]
  /** What 朗读 reads: name, summary, who qualifies, how to apply. */
  readAloud: string[]
}

/** A figure marked with whose it is, so nobody reads a national or Hunan figure as Hengnan's own. */
const markNational = ({ text, source, checked }: YearFigure): Cited => ({
  text: `${text}（${text.startsWith('湖南') ? '这是湖南全省的规定' : `这是全国标准，不是${countyShortName}本地标准`}）`,
  source,
  checked,
})

/** `local`: what the town has supplied for this benefit (content/local), first wherever it says more. */
export function benefitView(benefit: Benefit, local: LocalBenefit | null = localBenefit(benefit.id)): BenefitView {
  const aliases = benefit.aliases.length > 0 ? ` · 也叫：${benefit.aliases.join('、')}` : ''
  return {
    meta: `${categoryName(benefit.category)}${aliases}`,
    eligibility: benefit.eligibility,
    whatYouGet: benefit.benefits,
    nationalFigures: benefit.nationalFigures.map(markNational),
    knownAmounts: [...localAmounts(local), ...benefit.nationalFigures.map(markNational), ...benefit.provinceFigures],
    unknownAmount:
      localAmounts(local).length || !benefit.localStandard
        ? null
        : {
            standard: `本地金额：${benefit.localStandard}`,
            references: benefit.referenceFigures,
            ask: `今年${countyShortName}的标准，可以问村（社区）委员会、镇便民服务中心，或者打${town.hotline}。`,
          },
    getTitle: benefit.blockTitles.get ?? '能领到什么',
    contributions: benefit.contributions.map(markNational),
    localAmounts: localAmounts(local),
    steps: [...localSteps(local), ...benefit.steps],
    onPhone: benefit.onPhone,
    documents: [localDocuments(local), benefit.documents, NO_DOCUMENTS].find((list) => list.length > 0)!,
    legalBasis: benefit.legalBasis.map((l) => ({ text: `${l.title}${l.number ? `（${l.number}）` : ''}`, source: null, checked: null })),
    notes: benefit.notes.map((text) => ({ text, source: null, checked: null })),
    readAloud: [benefit.name, benefit.summary, ...benefit.eligibility.map((e) => e.text), ...benefit.steps.map((s) => s.text)],
  }
}
