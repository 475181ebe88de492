// Every generated file the app ships, keyed by its path; pure apart from reading content/.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as OpenCC from 'opencc-js'
import { deriveReport } from './derive-report.mjs'
import { deriveBenefits, deriveFinder, deriveSituations, packBenefits, policyFactsChecked, searchCharacterMap } from './derive-benefits.mjs'
import { deriveTraditional, hanRunsOf, stringsOf } from './derive-traditional.mjs'
import { loadTs } from '../lib/load-ts.mjs'
import { figureProblems, uncoveredAmounts, withheldNameProblems } from './validate-report.mjs'
import { benefitProblems, readFacts } from './validate-benefits.mjs'
import { deriveReportSearch } from './derive-search.mjs'
import { deriveLocal, localFactProblems } from './derive-local.mjs'
import { readReports, REPORTS_DIR } from './reports.mjs'
import { derivePlans } from './derive-plans.mjs'

const readJson = (root, rel) => JSON.parse(readFileSync(join(root, rel), 'utf8'))

/** Whose app this is: the town's names, the app's name and the hotline (content/town.json). */
export const TOWN_FILE = 'content/town.json'
const TOWN_FIELDS = ['town', 'county', 'government', 'appName', 'hotline', 'hotlineName']

function deriveTown(raw) {
  const missing = TOWN_FIELDS.filter((f) => typeof raw[f] !== 'string' || !raw[f].trim())
  if (missing.length) throw new Error(`${TOWN_FILE} 缺少 ${missing.join('、')}（每一项都要写，写成带引号的文字）`)
  if (!/^\d{3,12}$/.test(raw.hotline)) throw new Error(`${TOWN_FILE} 的 hotline「${raw.hotline}」不对：只写数字，如 "12345"`)
  return Object.fromEntries(TOWN_FIELDS.map((f) => [f, raw[f].trim()]))
}

/** The town's file, with a message its clerk can act on when it is not valid JSON (the usual mistake). */
function readTownFile(root, rel) {
  const text = readFileSync(join(root, rel), 'utf8')
  try {
    return JSON.parse(text)
  } catch (err) {
    const at = Number(/position (\d+)/.exec(err.message)?.[1])
    const line = Number.isFinite(at) ? `第 ${text.slice(0, at).split('\n').length} 行附近` : '某处'
    throw new Error(
      `${rel} 的格式不对，${line}有问题，什么都没有更新。最常见的是：最后一项后面多了一个逗号，用了中文的引号“”或冒号：，或者少了括号。改好后再运行 npm run content。（原始信息：${err.message}）`,
    )
  }
}

/** The town's own facts, as the content build reads them (tests and samples pass another file). */
export const LOCAL_FACTS_FILE = 'content/local/local-facts.json'

/**
 * `localFacts`: the town's file, relative to `root`; `today`: the day the build runs, after which no
 * fact can have been checked.
 */
export async function deriveAll(root, { localFacts = LOCAL_FACTS_FILE, reportsDir = REPORTS_DIR, today = new Date() } = {}) {
  const town = deriveTown(readJson(root, TOWN_FILE))
  const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
  // Every year is derived; a draft (report:add, not yet reviewed) is marked so, and npm test and the
  // production builds refuse it (draftYears). The honesty checks hold for every reviewed year.
  const { blockOfQuote } = await loadTs(join(root, 'src/domain/report/blocks.ts'))
  const years = readReports(root, reportsDir).map((r) => {
    const { report, corrections } = deriveReport(r.source, r.structure, r.rules, toSimplified)
    return { ...r, report: withBlocks(report, blockOfQuote), corrections, draft: r.structure.status !== 'reviewed' }
  })
  for (const { year, report, draft } of years) {
    if (draft) continue
    const problems = [
      ...figureProblems(report),
      ...uncoveredAmounts(report).map((m) => `${m.replace(': ', '：报告里说到的「')}」没有写成关键数字（写进这一章的 figures，quote 要包含它）`),
    ]
    if (problems.length) throw new Error(`${year} 年的报告有 ${problems.length} 处要改（content/reports/${year}/structure.json），改好之前什么都不会更新：\n  ${problems.join('\n  ')}`)
  }
  const plan = derivePlans(root, years)
  const latest = years[years.length - 1]
  const { report: latestReport, corrections } = latest
  // The home links to 「去年说要做的事」 under the group its plan's chapters are in.
  const ownPlan = plan.plans.find((p) => p.fromYear === latest.year)
  const planGroup = ownPlan ? (latestReport.sections.find((s) => s.id === ownPlan.items[0]?.section)?.group ?? null) : null
  const report = {
    ...latestReport,
    year: latest.year,
    draft: latest.draft,
    years: years.map((y) => ({ year: y.year, title: y.report.title, draft: y.draft })).reverse(),
    planGroup,
  }
  // The benefits quote reviewed years only, each quote naming its year: a draft never reaches them.
  const quotable = new Map(years.filter((y) => !y.draft).map((y) => [y.year, y.report]))

  const benefitContent = readJson(root, 'content/benefits/benefits.json')
  const policyFacts = readFileSync(join(root, 'content/benefits/policy-facts.md'), 'utf8')
  const { benefits, index } = deriveBenefits(
    {
      benefits: benefitContent,
      categories: readJson(root, 'content/benefits/categories.json'),
      contacts: readJson(root, 'content/benefits/contacts.json'),
      sources: readJson(root, 'content/benefits/sources.json'),
      checked: policyFactsChecked(policyFacts),
    },
    quotable,
    blockOfQuote,
  )
  const benefitIssues = benefitProblems(benefits, readFacts(policyFacts))
  if (benefitIssues.length) throw new Error(`the benefits content breaks honesty rules:\n  ${benefitIssues.join('\n  ')}`)
  index.traditional = searchCharacterMap(index, [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })])

  const finderContent = readJson(root, 'content/benefits/finder.json')
  const finder = deriveFinder(finderContent, benefitContent)
  const situations = deriveSituations(finderContent)
  const townFacts = readTownFile(root, localFacts)
  const localIssues = localFactProblems(townFacts, { file: localFacts, today, benefits: benefitContent.map(({ id, name }) => ({ id, name })) })
  if (localIssues.length) throw new Error(`本地信息有 ${localIssues.length} 处要改，改好之前什么都不会更新：\n  ${localIssues.join('\n  ')}`)
  const local = deriveLocal(townFacts)
  const corpus = [
    ...stringsOf([
      report,
      corrections.kinds,
      corrections.changes,
      benefits,
      index.categories,
      index.benefits.map((b) => [b.name, b.summary, b.aliases]),
      finder,
      situations.answers.map((a) => a.says ?? []),
      local,
    ]),
    ...sourceFiles(join(root, 'src')).flatMap((file) => hanRunsOf(readFileSync(file, 'utf8'))),
  ]
  const { overrides } = JSON.parse(readFileSync(resolve(root, reportsDir, 'traditional-overrides.json'), 'utf8'))
  const { convertWith } = await loadTs(join(root, 'src/domain/reader/script-table.ts'))
  const traditional = deriveTraditional(corpus, OpenCC.Converter({ from: 'cn', to: 'tw' }), overrides, convertWith)

  const reportSearch = deriveReportSearch(
    { named: readJson(root, 'content/search/named-terms.json'), everyday: readJson(root, 'content/search/everyday-words.json') },
    // A place or product named in any year's report is a word villagers may search for.
    years.flatMap((y) => y.report.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).join('\n'),
  )

  // The home page needs titles, summaries and figures; only section pages need the full text.
  // `measures` (which figures of two years measure the same thing) is for the build only.
  // A figure's `p` ships where a tile links: the overview's refs (the home's tiles), and the benefits.
  const cardsOf = (r) => ({
    ...r,
    overview: r.overview.map((o) => ({ ...o, p: r.sections.find((s) => s.id === o.section).figures.find((f) => f.id === o.figure).p ?? null })),
    sections: r.sections.map(({ paragraphs: _text, ...card }) => ({ ...card, figures: card.figures.map(({ measures: _m, p: _p, ...f }) => f) })),
  })
  const textOf = (r) => Object.fromEntries(r.sections.map((s) => [s.id, s.paragraphs]))
  // The home shows figures, not the sentences they come from: those ship with the text (section pages).
  const withoutQuotes = (r) => ({ ...r, sections: r.sections.map((s) => ({ ...s, figures: s.figures.map(({ quote: _quote, ...f }) => f) })) })
  const { CARD_FIGURES } = await loadTs(join(root, 'src/domain/report/card-figures.ts'))
  const { cards: reportCards, more: reportMoreFigures } = splitFigures(cardsOf(withoutQuotes(withHistory(report, years))), CARD_FIGURES)
  const reportText = textOf(report)
  const reportQuotes = Object.fromEntries(report.sections.map((s) => [s.id, Object.fromEntries(s.figures.map((f) => [f.id, f.quote]))]))
  // Earlier years, for their links and 往年报告 (section and year pages only, never the first screen).
  const archive = Object.fromEntries(
    years.slice(0, -1).map((y) => {
      const { title, issuer, signature, publishedBy, updated, groups, overview } = y.report
      return [y.year, { report: { ...cardsOf({ title, issuer, signature, publishedBy, updated, groups, overview, sections: y.report.sections }), year: y.year }, text: textOf(y.report) }]
    }),
  )

  const outputs = {
    'src/data/report.json': reportCards,
    'src/data/report-text.json': reportText,
    'src/data/report-quotes.json': reportQuotes,
    'src/data/report-more-figures.json': reportMoreFigures,
    'src/data/archive.json': archive,
    'src/data/corrections.json': corrections,
    'src/data/benefits.json': packBenefits(benefits),
    'src/data/benefit-index.json': index,
    'src/data/finder.json': finder,
    'src/data/situations.json': situations,
    'src/data/report-search.json': reportSearch,
    'src/data/traditional.json': traditional,
    'src/data/local.json': local,
    'src/data/plan.json': plan,
    'src/data/town.json': town,
  }
  const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })]
  // A name withheld in any year's report is withheld everywhere.
  const withheld = { names: years.flatMap((y) => y.rules.withheldNames?.names ?? []) }
  const privacy = withheldNameProblems(outputs, withheld, (name) => [name, ...toTraditional.map((convert) => convert(name))])
  if (privacy.length) throw new Error(`内容里有不公开的个人姓名，已停止：\n  ${privacy.join('\n  ')}`)
  return outputs
}

/** Each figure with the shown block its sentence starts in (`p`: a tile's link lands on its sentence). */
function withBlocks(report, blockOfQuote) {
  const sections = report.sections.map((s) => ({
    ...s,
    figures: s.figures.map((f) => {
      const p = f.quote ? blockOfQuote(s.paragraphs, f.quote) : null
      return p ? { ...f, p } : f
    }),
  }))
  return { ...report, sections }
}

/**
 * The home shows each section card's first `cardFigures` figures (src/domain/report/card-figures.ts) and the overview's: only those ship in
 * its package (report.json). The rest ship with the section pages, each with its place (`at`) in the
 * section's list, and withQuotes() puts them back where a section page shows them.
 */
function splitFigures(report, cardFigures) {
  const inOverview = new Set(report.overview.map((o) => `${o.section}/${o.figure}`))
  const onHome = (s, f, i) => i < cardFigures || inOverview.has(`${s.id}/${f.id}`)
  const more = {}
  const sections = report.sections.map((s) => {
    const rest = s.figures.map((f, at) => ({ at, ...f })).filter((f) => !onHome(s, f, f.at))
    if (rest.length) more[s.id] = rest
    return { ...s, figures: s.figures.filter((f, i) => onHome(s, f, i)) }
  })
  return { cards: { ...report, sections }, more }
}

/**
 * Year on year: a figure that measures the same thing as one in an earlier year's report (the content
 * says so with the same `measures` key) carries that year's value and quote, oldest first.
 */
function withHistory(report, years) {
  const earlier = years.filter((y) => y.year < report.year && !y.draft)
  const sections = report.sections.map((s) => ({
    ...s,
    figures: s.figures.map(({ measures, ...f }) => {
      if (!measures) return f
      const history = earlier.flatMap((y) =>
        y.report.sections.flatMap((es) => es.figures.filter((ef) => ef.measures === measures).map((ef) => ({ year: y.year, section: es.id, value: ef.value, unit: ef.unit, quote: ef.quote }))),
      )
      return history.length ? { ...f, history } : f
    }),
  }))
  return { ...report, sections }
}

/** The app's own source files (not the generated data), for the interface's words. */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'data' ? [] : sourceFiles(path)
    return /\.(tsx?)$/.test(name) ? [path] : []
  })
}
