// Honesty checks on the shipped benefits: policy guidance comes only from policy-facts.md or the
// report. Each rule returns problems (empty = fine); the content build fails on any.

const NUMBER = /\d+(?:\.\d+)?/g
/** A sum of money a villager would read as what they get. */
const MONEY = /\d+(?:\.\d+)?\s*(?:万?元|块钱)/
export const LOCAL_STANDARD = '标准以衡南县有关部门当年公布为准。'
const LOCAL_CONTACTS = ['village', 'town', 'employment-service']

/** What policy-facts.md allows: its numbers, and what it marks unverified ([U]) and so may never be shown. */
export function readFacts(markdown) {
  const unverified = markdown
    .split('\n')
    .flatMap((line) => line.split(/(?=\[V2?\]|\[U\])/))
    .filter((segment) => segment.startsWith('[U]'))
  return {
    numbers: new Set(markdown.match(NUMBER)),
    unverifiedDocNumbers: unverified.flatMap((segment) => segment.match(/[\u4e00-\u9fa5]+〔\d{4}〕\d+号/g) ?? []),
    unverifiedPhones: unverified.flatMap((segment) => segment.match(/\b12\d{3}\b/g) ?? []),
    unverifiedNames: [...markdown.matchAll(/「([^」]+)」\[U\]/g)].map((m) => m[1]),
  }
}

/** Everything a benefit page shows in its own words (the report figures are checked with the report). */
export function ownText(b) {
  return [
    b.name,
    b.summary,
    ...b.aliases,
    ...[...b.eligibility, ...b.benefits, ...b.steps, ...b.onPhone, ...b.documents].map((c) => c.text),
    ...[...b.nationalFigures, ...b.provinceFigures, ...b.referenceFigures, ...b.contributions].map((n) => n.text),
    ...b.legalBasis.flatMap((l) => [l.title, l.number ?? '']),
    ...b.notes,
    b.localStandard ?? '',
  ]
}

/** Every rule, over the shipped benefits data ({ contacts, benefits }). */
export function benefitProblems(data, facts) {
  const problems = []
  const shipped = JSON.stringify(data)
  for (const doc of facts.unverifiedDocNumbers) if (shipped.includes(doc)) problems.push(`cites ${doc}, which policy-facts.md marks unverified`)
  for (const phone of facts.unverifiedPhones) if (shipped.includes(phone)) problems.push(`shows ${phone}, which policy-facts.md marks unverified`)
  for (const b of data.benefits) {
    const where = b.id
    for (const text of ownText(b)) {
      for (const n of text.match(NUMBER) ?? []) if (!facts.numbers.has(n)) problems.push(`${where}: 「${n}」 in 「${text}」 is not in policy-facts.md`)
    }
    for (const name of facts.unverifiedNames)
      if (b.aliases.includes(name)) problems.push(`${where}: shows 「${name}」 as a name, but policy-facts.md marks it unverified`)
    const national = new Set([...b.nationalFigures, ...b.provinceFigures, ...b.referenceFigures, ...b.contributions].map((n) => n.text))
    for (const text of ownText(b).filter((t) => !national.has(t))) {
      if (MONEY.test(text)) problems.push(`${where}: a sum of money outside the national figures: ${text}`)
    }
    for (const n of b.nationalFigures) {
      if (!n.text.includes(String(n.year)) || !n.text.includes('全国') || !n.source)
        problems.push(`${where}: a national figure needs its year, 「全国」 and a source: ${n.text}`)
    }
    // What a villager pays: the national floor, or Hunan's own rule for that year.
    for (const n of b.contributions) {
      if (!n.text.includes(String(n.year)) || !/全国|湖南/.test(n.text) || !n.source)
        problems.push(`${where}: a contribution needs its year, 「全国」 or 「湖南」 and a source: ${n.text}`)
    }
    for (const n of b.provinceFigures) {
      if (!n.text.includes(String(n.year)) || !n.text.includes('湖南') || !n.source) problems.push(`${where}: a Hunan figure needs its year, 「湖南」 and a source: ${n.text}`)
    }
    // Reference figures (policy-facts.md 「怎么展示参考数字」): dated, scoped, sourced, and never where
    // the amount is known.
    for (const n of b.referenceFigures) {
      if (!n.text.includes(String(n.year)) || !/湖南全省平均|省级指导标准|衡南县\d{4}年/.test(n.text) || !n.source)
        problems.push(`${where}: a reference figure needs its year, its scope (湖南全省平均, 省级指导标准, 衡南县YYYY年) and a source: ${n.text}`)
    }
    if (b.localStandard === null) {
      if (!b.nationalFigures.length && !b.provinceFigures.length) problems.push(`${where}: says the amount is known, but shows no national or Hunan figure`)
      if (b.referenceFigures.length) problems.push(`${where}: a known amount needs no reference figures`)
    } else if (b.localStandard !== LOCAL_STANDARD) problems.push(`${where}: the local standard must read ${LOCAL_STANDARD}`)
    for (const c of b.contacts) {
      const phone = data.contacts[c]?.phone
      if (phone && !facts.numbers.has(phone)) problems.push(`${where}: phone ${phone} is not in policy-facts.md`)
    }
    if (b.summary.length <= 15) problems.push(`${where}: the summary is too short to help`)
    if (!b.eligibility.length || !b.steps.length) problems.push(`${where}: says neither who qualifies nor how to apply`)
    if (!b.contacts.includes('hotline-12345') || !b.contacts.some((c) => LOCAL_CONTACTS.includes(c)))
      problems.push(`${where}: needs 12345 and someone local to ask`)
  }
  return problems
}
