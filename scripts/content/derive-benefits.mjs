// Derives the shipped benefits (src/data/benefits.json) and their search index
// (src/data/benefit-index.json: names, aliases, need words with pinyin) from content/benefits/.
// pinyin-pro and opencc-js run here, at build time, so neither is in the app bundle.
import { customPinyin, pinyin } from 'pinyin-pro'

// pinyin-pro reads 没收 as mò shōu (confiscate); in 没收入 it is méi.
customPinyin({ 没收入: 'méi shōu rù' })

const KIND = { name: 0, alias: 1, need: 2, category: 3 }
const LOCAL_STANDARD = '标准以衡南县有关部门当年公布为准。'

const isHan = (s) => /^[\u3400-\u9fff]+$/.test(s)
/** A term's pinyin syllables, 'zhong tian' (the app reads the full pinyin and the initials from them), or none. */
const syllablesOf = (term) => (isHan(term) ? [pinyin(term, { toneType: 'none', type: 'array' }).join(' ')] : [])

/**
 * A statement with no published source may only tell the villager whom to ask: it says so with the
 * source "ask-locally", names a place to ask, and states no number. It ships with source null.
 */
export const ASK_LOCALLY = 'ask-locally'
const WHOM_TO_ASK = /村（社区）委员会|村委会|镇便民服务中心|12345/

function statementSource(sources, item, where) {
  if (item.source === ASK_LOCALLY) {
    if (!WHOM_TO_ASK.test(item.text)) throw new Error(`${where}: 「${item.text}」 has no source and does not say whom to ask`)
    if (/\d/.test(item.text.replace(/12345/g, ''))) throw new Error(`${where}: 「${item.text}」 has no source, so it may not state a number`)
    return null
  }
  return resolveSource(sources, item.source, where)
}

/** A statement shown without a source may state no number (12345 aside). */
function uncited(text, where) {
  if (text !== null && /\d/.test(text.replace(/12345/g, ''))) throw new Error(`${where}: 「${text}」 has no source, so it may not state a number`)
  return text
}

function resolveSource(sources, ref, where) {
  if (typeof ref !== 'string' || !ref) throw new Error(`${where}: a statement without a source (give one from sources.json, or "${ASK_LOCALLY}")`)
  const key = ref.split(' ')[0]
  const source = sources[key]
  if (!source) throw new Error(`${where}: unknown source ${ref}`)
  if (!['V', 'V2'].includes(source.status)) throw new Error(`${where}: source ${ref} is not verified`)
  const article = ref.slice(key.length).trim()
  return `${source.title}${article ? ` ${article}` : ''}`
}

function sectionText(section) {
  return section.paragraphs.map((p) => p.text).join('\n')
}

/** The day policy-facts.md was last checked as a whole: its newest 「YYYY-MM-DD 更新」 note. */
export function policyFactsChecked(markdown) {
  const dates = [...markdown.matchAll(/(\d{4}-\d{2}-\d{2}) 更新/g)].map((m) => m[1]).sort()
  if (!dates.length) throw new Error('policy-facts.md 里没有「YYYY-MM-DD 更新」的核对日期：每条政策都要写明哪天核对的')
  return dates[dates.length - 1]
}

/**
 * `checked`: the day the policy facts were checked (policyFactsChecked); each sourced statement carries it.
 * `reports`: each reviewed year's report by year; every quoted figure and sentence names its year, so
 * the page says which year's report it is from and links to that year.
 * `blockOf(paragraphs, quote)`: the shown block a quote starts in (its link's `p`; domain/report/blocks.ts).
 */
export function deriveBenefits({ benefits, categories, contacts, sources, checked }, reports, blockOf) {
  /** A quoted section of the year a reference names (each reported figure and mention says its year). */
  const sectionOf = (year, section, where) => {
    const report = reports.get(year)
    if (!report) throw new Error(`${where}: 引用了 ${year ?? '（没写年份）'} 年的报告，但没有这一年审核过的报告（每一处 reported、mentions 都要写 "year"）`)
    return report.sections.find((s) => s.id === section)
  }
  const withDate = (source) => ({ source, checked: source ? checked : null })
  const cited = (items, where) => items.map((item) => ({ text: item.text, ...withDate(statementSource(sources, item, where)) }))
  const figures = (items, where) => (items ?? []).map((n) => ({ text: n.text, year: n.year, ...withDate(resolveSource(sources, n.source, where)) }))

  const shipped = benefits.map((b) => {
    const where = `benefit ${b.id}`
    if (!categories.some((c) => c.id === b.category)) throw new Error(`${where}: unknown category ${b.category}`)
    const reported = b.reported.map(({ year, section, figure }) => {
      const s = sectionOf(year, section, where)
      const f = s?.figures.find((x) => x.id === figure)
      if (!s || !f) throw new Error(`${where}: report figure ${year} ${section}/${figure} does not exist`)
      return { year, section, p: f.p, sectionTitle: s.title, value: f.value, unit: f.unit, label: f.label, quote: f.quote }
    })
    const mentions = (b.mentions ?? []).map(({ year, section, quote }) => {
      const s = sectionOf(year, section, where)
      if (!s || !sectionText(s).includes(quote)) throw new Error(`${where}: quote not found in ${year} section ${section}: ${quote}`)
      return { year, section, p: blockOf(s.paragraphs, quote), sectionTitle: s.title, quote }
    })
    return {
      id: b.id,
      name: b.name,
      aliases: b.aliases,
      category: b.category,
      summary: b.summary,
      eligibility: cited(b.eligibility, where),
      benefits: cited(b.benefits, where),
      localStandard: b.amountKnown ? null : LOCAL_STANDARD,
      nationalFigures: figures(b.nationalFigures, where),
      provinceFigures: figures(b.provinceFigures, where),
      referenceFigures: figures(b.referenceFigures, where),
      contributions: figures(b.contributions, where),
      blockTitles: b.blockTitles ?? {},
      steps: cited(b.steps, where),
      onPhone: cited(b.onPhone ?? [], where),
      documents: cited(b.documents, where),
      contacts: b.contacts.map((id) => {
        if (!contacts[id]) throw new Error(`${where}: unknown contact ${id}`)
        return id
      }),
      legalBasis: b.legalBasis.map((l) => ({ title: l.title, number: l.number, source: resolveSource(sources, l.source, where) })),
      reported,
      mentions,
      notes: b.notes,
    }
  })

  const withPinyin = ([t, kind]) => [t, kind, ...syllablesOf(t)]
  // A category's words are the same for each of its benefits: shipped once, with the category, and
  // added to each benefit's own terms when the app loads the index (src/domain/benefits/benefit-index.ts).
  const index = {
    categories: categories.map(({ id, name, needs }) => ({
      id,
      name,
      terms: [[name, KIND.category], ...needs.map((n) => [n, KIND.category])].map(withPinyin),
    })),
    benefits: benefits.map((b) => {
      const terms = [[b.name, KIND.name], ...b.aliases.map((a) => [a, KIND.alias]), ...b.needs.map((n) => [n, KIND.need])]
      const seen = new Set()
      return {
        id: b.id,
        name: b.name,
        category: b.category,
        summary: b.summary,
        // Report sections that quote or mention it: section pages list their related benefits from here.
        sections: [...new Set([...b.reported, ...(b.mentions ?? [])].map((r) => r.section))],
        terms: terms.filter(([t]) => !seen.has(t) && seen.add(t)).map(withPinyin),
      }
    }),
  }
  const shippedContacts = Object.fromEntries(
    Object.entries(contacts)
      .filter(([id]) => !id.startsWith('$'))
      .map(([id, c]) => [
        id,
        {
          name: c.name,
          detail: c.detail,
          // Said on pages whose benefit does not rest on the rule the detail cites (domain contactsOf).
          generalDetail: uncited(c.generalDetail ?? null, `contact ${id}`),
          phone: c.phone ?? null,
          ...withDate(statementSource(sources, { text: c.detail, source: c.source }, `contact ${id}`)),
        },
      ]),
  )
  // The page's heading names the newest year quoted (「花桥镇2024年做了什么」).
  const reportYear = Math.max(...shipped.flatMap((b) => [...b.reported, ...b.mentions].map((r) => r.year)))
  // Section pages list related benefits only for the year whose sections the benefits quote.
  index.reportYear = reportYear
  return { benefits: { contacts: shippedContacts, benefits: shipped, reportYear }, index }
}

/** Traditional → Simplified for just the characters the search index uses (either script is accepted). */
export function searchCharacterMap(index, toTraditional) {
  const map = {}
  for (const b of [...index.benefits, ...index.categories]) {
    for (const [term] of b.terms) {
      for (const ch of term) {
        for (const convert of toTraditional) {
          const t = convert(ch)
          if (t !== ch && t.length === 1) map[t] = ch
        }
      }
    }
  }
  return map
}

/** The situation finder ships as written, once every rule is checked against the questions and benefits. */
export function deriveFinder(finder, benefits) {
  const answerIds = new Set(finder.questions.flatMap((q) => q.answers.map((a) => a.id)))
  const benefitIds = new Set(benefits.map((b) => b.id))
  for (const rule of [...finder.rules, ...finder.always]) {
    if (!benefitIds.has(rule.benefit)) throw new Error(`finder: unknown benefit ${rule.benefit}`)
    for (const id of (rule.when ?? []).flat()) if (!answerIds.has(id)) throw new Error(`finder: rule for ${rule.benefit} uses unknown answer ${id}`)
  }
  // The words villagers say for an answer and the ages it covers are for the search (deriveSituations).
  const questions = finder.questions.map((q) => ({ ...q, answers: q.answers.map(({ id, text }) => ({ id, text })) }))
  return { questions, rules: finder.rules, always: finder.always }
}

const MAX_AGE = 120

/**
 * What the search needs of the finder (src/data/situations.json, src/domain/search/situations.ts): every
 * answer with the words villagers say for it and the ages it covers, and the rules with their answers
 * by place. Stops, in words the clerk reads, on a word given twice or an age range that is not one.
 */
export function deriveSituations(finder) {
  const answers = finder.questions.flatMap((q) => q.answers)
  const where = (a) => `content/benefits/finder.json 的答案「${a.text}」`
  const said = new Map()
  for (const a of answers) {
    for (const word of a.says ?? []) {
      if (typeof word !== 'string' || !/^[\u3400-\u9fff]+$/.test(word)) throw new Error(`${where(a)}：says 里的「${word}」要写成汉字，不要空格和标点`)
      if (said.has(word)) throw new Error(`${where(a)}：「${word}」已经写在「${said.get(word)}」里了，一个说法只能属于一个答案`)
      said.set(word, a.text)
    }
    const ages = a.ages
    if (ages !== undefined && !(Array.isArray(ages) && ages.length === 2 && ages.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_AGE) && ages[0] <= ages[1]))
      throw new Error(`${where(a)}：ages 要写成 [最小岁数, 最大岁数]，比如 [60, 79]，都是 0 到 ${MAX_AGE} 的整数`)
  }
  // Words on an answer no rule starts from would find nothing: say so rather than let them do nothing.
  const leading = new Set(finder.rules.flatMap((r) => r.when[0]))
  for (const a of answers) {
    if ((a.says?.length || a.ages) && !leading.has(a.id))
      throw new Error(`${where(a)}：写了 says 或 ages，但没有哪条规则的第一组条件有这个答案，搜索用不上。请把这些说法写到对应的「家里有谁、遇到了什么」的答案下面`)
  }
  const place = new Map(answers.map((a, i) => [a.id, i]))
  // A word that contains a shorter word of the same answer finds nothing more (「上职校」 has 「职校」).
  const needed = (says) => says.filter((word) => !says.some((other) => other !== word && word.includes(other)))
  return {
    answers: answers.map((a) => ({ ...(a.says ? { says: needed(a.says) } : {}), ...(a.ages ? { ages: a.ages } : {}) })),
    rules: finder.rules.map((r) => [r.benefit, r.when.map((group) => group.map((id) => place.get(id))), r.reason]),
  }
}

/** The lists of sourced statements each shipped benefit has. */
export const CITED_LISTS = ['eligibility', 'benefits', 'nationalFigures', 'provinceFigures', 'referenceFigures', 'contributions', 'steps', 'onPhone', 'documents']

/**
 * The benefits as they ship (src/data/benefits.json): each statement names its source by its place in
 * one list of sources, and the day the policy facts were checked is written once (it is the same for
 * every sourced statement). 62 source titles repeated over 117 statements were a fifth of the file.
 * `src/domain/benefits/details.ts` unpacks it into the shape the checks here read.
 */
export function packBenefits(data) {
  const sources = []
  const at = (source) => {
    if (source === null) return null
    if (!sources.includes(source)) sources.push(source)
    return sources.indexOf(source)
  }
  const dates = new Set(data.benefits.flatMap((b) => CITED_LISTS.flatMap((list) => b[list].map((c) => c.checked))).filter(Boolean))
  if (dates.size > 1) throw new Error(`benefits: sourced statements checked on more than one day (${[...dates].join(', ')}); the shipped file keeps one`)
  const pack = ({ source, checked: _checked, ...rest }) => ({ ...rest, source: at(source) })
  const benefits = data.benefits.map((b) => ({
    ...b,
    ...Object.fromEntries(CITED_LISTS.map((list) => [list, b[list].map(pack)])),
    legalBasis: b.legalBasis.map(({ source, ...rest }) => ({ ...rest, source: at(source) })),
  }))
  // Each quoted section's title once (a year's sections by id), not with every figure and mention.
  const sectionTitles = {}
  const untitled = ({ sectionTitle, ...quoted }) => {
    ;(sectionTitles[quoted.year] ??= {})[quoted.section] = sectionTitle
    return quoted
  }
  const quoting = benefits.map((b) => ({ ...b, reported: b.reported.map(untitled), mentions: b.mentions.map(untitled) }))
  return { ...data, checked: [...dates][0] ?? null, sources, sectionTitles, defaults: PACKED_DEFAULTS, benefits: quoting.map(withoutDefaults) }
}

/**
 * What most benefits say, shipped once: a benefit leaves out a list that is empty and the usual 本地金额
 * line (src/domain/benefits/details.ts unpackBenefits spreads `defaults` under each benefit).
 */
const PACKED_DEFAULTS = {
  localStandard: LOCAL_STANDARD,
  ...Object.fromEntries([...CITED_LISTS, 'legalBasis', 'reported', 'mentions', 'notes', 'aliases'].map((list) => [list, []])),
  blockTitles: {},
}
const withoutDefaults = (benefit) =>
  Object.fromEntries(Object.entries(benefit).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(PACKED_DEFAULTS[key])))
