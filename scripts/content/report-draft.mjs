// A new year's report, as pasted from the government site, turned into a draft the town's editor
// reviews: the structure (cover, groups, sections from the headings), the editorial rules that clean
// it, and a review file of every change, figure candidate, benefit mention and search word. Pure:
// `npm run report:add` (scripts/report-add.mjs) reads and writes the files.
import { pinyin } from 'pinyin-pro'
import { cleanLine } from './clean-line.mjs'
import { followUpProposals } from './derive-plans.mjs'

/** A mistake in the input that stops the draft, in words the clerk can act on. */
export class DraftError extends Error {}

/** Lines a government website adds around a report: navigation, counters, print and share links. */
const SITE_LINES = [
  [/^(当前(页面|位置)|您的位置|你的位置|所在位置)\s*[:：]/, '网站导航'],
  [/^首页\s*[>＞»]/, '网站导航'],
  [/^(附件下载|附件下載|附件)\s*[:：]?\s*$/, '附件下载（原文没有附件）'],
  [/^(发布时间|發布時間|发布日期|信息来源|來源|来源|浏览次数|瀏覽次數|访问量|字号|字體|字体)\s*[:：]/, '网页上的发布信息'],
  [/^【?\s*(打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|收藏本页|分享到)\s*】?/, '网页按钮'],
  [/^(上一篇|下一篇)\s*[:：]/, '网页上的上下篇链接'],
]

/** Template placeholders a site's editor left where the text should have been (关键词2 in 2024). */
const PLACEHOLDER = /关键词\d*|關鍵詞\d*|\{\{[^}]*\}\}|XXX|×××/g

/** Heading markers, outermost first: 一、 （一） 1、 —— */
const LEVELS = [
  { name: '一、', marker: /^[一二三四五六七八九十]+[、.．]/ },
  { name: '（一）', marker: /^[（(][一二三四五六七八九十]+[）)]/ },
  { name: '1、', marker: /^\d{1,2}[、．](?!\d)|^\d{1,2}\.(?!\d)/ },
  { name: '——', marker: /^——/ },
]
/** A heading is one short line: at most this many characters, ending in at most one full stop. */
const HEADING_MAX = 40
/** An unnumbered heading is shorter still: well under a paragraph, with no sentence in it. */
const UNNUMBERED_MAX = 30
/** A line that is only a date (「2024年12月20日」), as under a signature: never a heading. */
const DATE_LINE = /^(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}月(\d{1,2}日)?)?$/

/** The pasted file as text, or a DraftError that says what is wrong with it. */
export function readPasted(bytes, file = '这个文件') {
  if (bytes.length === 0 || !bytes.toString('utf8').trim())
    throw new DraftError(
      `${file} 是空的，里面没有报告的文字。请把政府网站上的报告全文复制下来，粘贴到记事本里，另存为 .txt 文件（编码选 UTF-8）再试。什么都没有写。`,
    )
  let text
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = null
  }
  const controls = text ? (text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length : Infinity
  if (text === null || controls > 0) {
    throw new DraftError(
      `${file} 不是文字文件（可能是 Word、PDF、图片或别的格式，或者不是 UTF-8 编码）。请打开政府网站上的报告，把全文复制下来，粘贴到记事本里，另存为 .txt 文件（编码选 UTF-8）再试。什么都没有写。`,
    )
  }
  return text.replace(/^\uFEFF/, '')
}

/** The line's heading level (0 outermost) if it is a heading, else null. */
export function headingLevel(text) {
  const level = LEVELS.findIndex((l) => l.marker.test(text))
  if (level < 0) return null
  const stops = (text.match(/[。.]/g) ?? []).length
  const endsInStop = /[。]$/.test(text)
  if (text.length > HEADING_MAX || stops > 1 || (stops === 1 && !endsInStop && !/^\d/.test(text))) return null
  return level
}

/**
 * Whether a line without a number reads as a heading: short, no sentence-ending mark (a comma inside
 * is fine: 「发展特色农业，农村经济平稳发展」), not a lead-in ending in a colon, not a date.
 */
export function readsAsUnnumberedHeading(text) {
  return text.length <= UNNUMBERED_MAX && !/[。！？；!?;：:]/.test(text) && !DATE_LINE.test(text) && headingLevel(text) === null
}

/**
 * The lines of `rest` proposed as unnumbered headings (their line numbers): each reads as a heading and
 * is followed by its text (a line that does not, or by a numbered heading, as a part's title is).
 */
function unnumberedHeadings(rest, clean) {
  return rest
    .filter((l, i) => {
      const next = rest[i + 1]
      return readsAsUnnumberedHeading(clean(l)) && next !== undefined && !readsAsUnnumberedHeading(clean(next))
    })
    .map((l) => l.line)
}

/** A title without its number and final full stop: 「（一）强经济，增动能。」→「强经济，增动能」 */
export function headingTitle(text) {
  const level = LEVELS.find((l) => l.marker.test(text))
  return (level ? text.replace(level.marker, '') : text).replace(/^\s+/, '').replace(/[。.]$/, '')
}

/** A stable, readable id from a title: the pinyin of its first four characters (「强经济，增动能」→ qiang-jing-ji-zeng). */
export function idFromTitle(title, taken) {
  // Up to four Chinese characters, with any digits among them (「2024年工作情况」→ 2024-nian-gong-zuo).
  let count = 0
  const han = [...title.replace(/[^\u4e00-\u9fa5\d]/g, '')].filter((ch) => (/\d/.test(ch) ? count < 4 : ++count <= 4)).join('')
  const base =
    pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter(Boolean)
      .join('-') || 'section'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** Numbers with their unit, as the report writes them: 2100余名, 96万余元, 约1.8公里, 65.06%. */
const NUMBER =
  /(约)?(\d+(?:\.\d+)?)(余|多)?(万|亿)?(余|多)?(个点|万元|亿元|千瓦|平方米|立方米|平方公里|公里|千米|人次|户次|元|人|户|个|名|位|项|块|亩|次|件|处|台|米|%|％|吨|家|座|条|所|场|辆|天|间|套|株|头|只|批|期|篇|张|本|余)?/g

/** Sentences of a cleaned paragraph, each with its closing mark: the quotes figures are taken from. */
export function sentencesOf(text) {
  return (
    text
      .match(/[^。！？；]+[。！？；]?/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  )
}

/** Every number with its unit in a sentence (not years or dates), verbatim. */
export function numbersIn(sentence) {
  const found = []
  for (const m of sentence.matchAll(NUMBER)) {
    const [whole, about = '', digits, more1 = '', scale = '', more2 = '', unit = ''] = m
    const after = sentence.slice(m.index + whole.length, m.index + whole.length + 1)
    if (!unit && !scale && /^[年月日号]/.test(after)) continue // 2024年, 12月4日
    if (!unit && !scale && !more1) continue // a bare number: an ordinal or part of a name
    found.push({ value: `${about}${digits}${more1}${scale}${more2}`, unit, text: whole })
  }
  return found
}

/** Where each benefit is named (its name or what villagers call it), sentence by sentence. */
function benefitMentions(sections, benefits) {
  return benefits
    .map((b) => {
      const terms = [b.name, ...(b.aliases ?? [])].filter((t) => t.length >= 2)
      const sentences = sections.flatMap((s) =>
        s.paragraphs.flatMap((p) =>
          sentencesOf(p.text)
            .filter((sentence) => terms.some((t) => sentence.includes(t)))
            .map((sentence) => ({ section: s.id, line: p.line, sentence })),
        ),
      )
      return { benefit: b.id, name: b.name, sentences }
    })
    .filter((m) => m.sentences.length > 0)
}

/**
 * A place or project name: two or three characters and a suffix (村, 水库 …), right after a pause or a
 * small word (「，浅潭村」「在楼屋村」), so that 「强化村级组织」 and 「全镇村干部」 are not taken for names.
 */
const NAME = /(?:^|[，、：；。（“\s在的和与及对向了由])([\u4e00-\u9fa5]{2,3}?)(村|社区|水库|大桥|片区|合作社|基地|电站)/g
/** Everyday words that come before those suffixes. */
const NOT_NAMES =
  /^(各|全|本|每|该|我|农|乡|一|两|多|镇|县|强化|助力|破解|推进|建设|加强|完善|服务|美丽|全体|各个|新建|带领|深化|引领|发展|集体|组织|高素质|[一二三四五六七八九]是)/

/** Place and project names in the text that the search does not know yet (proposals, verbatim). */
function newSearchWords(text, known) {
  const counts = new Map()
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(NAME)) {
      if (NOT_NAMES.test(m[1])) continue
      const word = m[1] + m[2]
      if (!text.includes(word) || known.some((k) => k.includes(word) || word.includes(k))) continue
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word, count]) => ({ word, count }))
}

/**
 * The draft of one year's report.
 * @param {string} text  the report as pasted (Traditional or Simplified, any line endings)
 * @param {{ year: number, rules: object, toSimplified: (s: string) => string, benefits: {id: string, name: string, aliases?: string[]}[], knownWords: string[], today: string }} options
 *   `rules`: the last year's editorial.json (the defect families the town's site has shown);
 *   `previousPlan`: the last year's plan.json, whose items the new report may report on
 */
export function draftReport(text, { year, rules, toSimplified, benefits, knownWords, today, previousPlan = null }) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const numbered = lines.map((raw, i) => ({ line: i + 1, raw: raw.trim() })).filter((l) => l.raw)
  if (numbered.length === 0) throw new DraftError('文件里只有空行，没有报告的文字。什么都没有写。')

  // Stray website lines are removed and listed; placeholders get the town's own subject, as in 2024.
  const removed = []
  const kept = []
  for (const l of numbered) {
    const site = SITE_LINES.find(([pattern]) => pattern.test(l.raw))
    if (site) removed.push({ line: l.line, text: l.raw, why: site[1] })
    else kept.push(l)
  }
  const placeholders = [...new Set(kept.flatMap((l) => l.raw.match(PLACEHOLDER) ?? []))]
  const draftRules = {
    ...rules,
    placeholder: undefined,
    placeholders: placeholders.map((find) => ({ find, replace: rules.placeholder?.replace ?? '我镇' })),
    kinds: {
      ...rules.kinds,
      placeholder: {
        name: '模板占位符',
        why: `原文残留了网页模板占位符（${placeholders.join('、') || '无'}），草稿按往年的做法补为「${rules.placeholder?.replace ?? '我镇'}」；请对照上下文确认。`,
      },
      removal: { name: '删除网页残留', why: '原文里夹着发布网页的导航、附件下载、浏览次数等文字，不是报告正文，删除以免误导。' },
    },
  }
  delete draftRules.placeholder
  let cleaned
  try {
    cleaned = new Map(kept.map((l) => [l.line, cleanLine(l.raw, toSimplified, draftRules)]))
  } catch (err) {
    throw new DraftError(`整理文字时停下了：${err.message}。这一行可能有不成对的引号，请在原文里核对后再试。什么都没有写。`)
  }
  const clean = (l) => cleaned.get(l.line).text

  // Cover: the title, then the issuer if the next line names a government body; the signature at the end.
  const [titleLine, ...rest] = kept
  const isBody = (t) => /(人民政府|委员会|办事处|党委|政府)$/.test(t) && t.length <= 30
  const issuerLine = rest[0] && isBody(clean(rest[0])) ? rest.shift() : null
  // A date under the signature (「2031年1月10日」) stays as text, after the signature is found above it.
  const dateLine = rest.length > 1 && DATE_LINE.test(clean(rest[rest.length - 1])) ? rest.pop() : null
  const last = rest[rest.length - 1]
  const signatureLine = last && isBody(clean(last)) ? rest.pop() : null
  if (dateLine) rest.push(dateLine)

  // Numbered headings by their marker; a short line without a number above its text is proposed as
  // a heading too, one level above the numbered ones (many county sites publish reports that way), and
  // listed for the editor to confirm (review.proposedHeadings).
  const proposed = new Set(unnumberedHeadings(rest, clean))
  const headings = rest.map((l) => ({ ...l, level: proposed.has(l.line) ? -1 : headingLevel(clean(l)) }))
  const levels = [...new Set(headings.filter((h) => h.level !== null).map((h) => h.level))].sort((a, b) => a - b)
  if (levels.length === 0) {
    throw new DraftError(
      '没有找到任何标题。报告要按标题分成章节才能做成卡片：请确认粘贴的是报告全文，并且每个标题单独占一行（例如「一、2024年工作情况」，或者一行短短的「发展特色农业」、下面接着它的正文）。什么都没有写。',
    )
  }
  // The outermost level groups the report; the next one makes the cards. With one level, it does both.
  const [groupLevel, sectionLevel = levels[0]] = levels
  const taken = new Set()
  const groups = []
  const sections = []
  let group = null
  let section = null
  const intro = { id: 'intro', title: '开篇', headingLine: null, paragraphLines: [], group: null }
  for (const h of headings) {
    if (h.level === groupLevel && groupLevel !== sectionLevel) {
      group = { id: idFromTitle(headingTitle(clean(h)), taken), title: headingTitle(clean(h)), headingLine: h.line }
      groups.push(group)
      section = null
    } else if (h.level === sectionLevel) {
      if (groupLevel === sectionLevel) {
        group = groups[0] ?? (groups.push({ id: 'report', title: headingTitle(clean(titleLine)), headingLine: null }), groups[0])
      }
      section = { id: idFromTitle(headingTitle(clean(h)), taken), title: null, headingLine: h.line, paragraphLines: [], group: group?.id ?? null }
      sections.push(section)
    } else if (!section && group) {
      // Lines under a group heading before its first card: the group's own card, named after it.
      section = { id: `${group.id}-lead`, title: group.title, headingLine: null, paragraphLines: [h.line], group: group.id }
      taken.add(section.id)
      sections.push(section)
    } else if (section) {
      section.paragraphLines.push(h.line) // a deeper heading stays in the card's text, as a line of it
    } else {
      intro.paragraphLines.push(h.line)
    }
  }
  if (intro.paragraphLines.length) {
    const firstGroup = groups[0] ?? (groups.push({ id: 'report', title: headingTitle(clean(titleLine)), headingLine: null }), groups[0])
    sections.unshift({ ...intro, group: firstGroup.id })
  }
  const empty = sections.filter((s) => s.paragraphLines.length === 0)

  const structure = {
    $comment: `${year} 年报告的草稿，由 npm run report:add 生成（${today}）。审核：核对章节、写每章的 summary（一句大白话）、从 review.json 的候选里挑关键数字写进 figures，改好后把 status 改成 reviewed。章节 id 一旦发布就不再改。`,
    year,
    status: 'draft',
    publishedBy: issuerLine ? clean(issuerLine) : null,
    updated: today,
    cover: { titleLine: titleLine.line, issuerLine: issuerLine?.line ?? null },
    signatureLine: signatureLine?.line ?? null,
    removedLines: removed.map((r) => r.line),
    groups: groups.map(({ id, title, headingLine }) => ({ id, title, headingLine })),
    overview: [],
    sections: sections.map((s) => ({
      id: s.id,
      group: s.group,
      ...(s.title ? { title: s.title } : {}),
      headingLine: s.headingLine,
      paragraphLines: s.paragraphLines,
      summary: '',
      figures: [],
    })),
  }

  const withText = sections.map((s) => ({
    id: s.id,
    title: s.title ?? headingTitle(clean(headings.find((h) => h.line === s.headingLine))),
    paragraphs: s.paragraphLines.map((line) => ({ line, text: cleaned.get(line).text })),
  }))
  const candidates = withText.map((s) => ({
    section: s.id,
    title: s.title,
    figures: s.paragraphs.flatMap((p) =>
      sentencesOf(p.text).flatMap((sentence) => numbersIn(sentence).map((n) => ({ value: n.value, unit: n.unit, quote: sentence, line: p.line }))),
    ),
  }))
  const changes = [...cleaned].flatMap(([line, c]) => c.changes.map((change) => ({ line, ...change })))
  const allText = [...cleaned.values()].map((c) => c.text).join('\n')
  const review = {
    $comment: '给审核的人看的：每一处改动、每章的数字候选（数字、单位和它所在的整句原文）、说到的惠民政策、搜索里还没有的地名和项目名。这个文件不进小程序。',
    year,
    removed,
    placeholders,
    changes,
    emptySections: empty.map((s) => s.id),
    proposedHeadings: [...proposed].map((line) => ({ line, text: cleaned.get(line).text })),
    candidates,
    benefits: benefitMentions(withText, benefits),
    searchWords: newSearchWords(allText, knownWords),
    planFollowUp: previousPlan ? followUpProposals(previousPlan, withText, sentencesOf) : [],
  }
  // What became of last year's plan: a sentence proposed for each item, its status left for the editor.
  const outcomes = previousPlan
    ? {
        $comment: `${previousPlan.planYear} 年计划的每一件事，对照 ${year} 年的报告：status 写 done（做到了）、doing（在做）或 not-mentioned（报告没提）；section 和 quote 是报告里说到它的那一章和那一句（逐字照抄）。草稿先填了最像的一句，请核对。`,
        items: review.planFollowUp.map((f) => ({ item: f.item, text: f.text, status: null, section: f.proposals[0]?.section ?? null, quote: f.proposals[0]?.sentence ?? null })),
      }
    : null
  return { structure, editorial: draftRules, review, outcomes, title: clean(titleLine) }
}

const KIND_NAMES = { conversion: '繁体转换错字', wording: '简体用字', placeholder: '模板占位符', punctuation: '标点', privacy: '隐去个人姓名' }

/** The review summary printed for the editor, in Chinese. */
export function reviewSummary({ structure, review, title }, folder) {
  const byKind = new Map()
  for (const c of review.changes) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1)
  const figures = review.candidates.reduce((n, s) => n + s.figures.length, 0)
  const out = [
    `《${title}》的草稿写好了：${folder}/（还没审核：npm start 里显示，标着「草稿」；正式版不会收它）`,
    `- 分组 ${structure.groups.length} 个、章节 ${structure.sections.length} 章：${structure.sections.map((s) => s.id).join('、')}`,
    `- 文字改动 ${review.changes.length} 处：${[...byKind].map(([k, n]) => `${KIND_NAMES[k] ?? k} ${n} 处`).join('，') || '没有'}（每一处都在 review.json 的 changes 里）`,
    review.placeholders.length ? `- 模板占位符 ${review.placeholders.join('、')}：暂改为「我镇」，请对照上下文确认` : '- 没有模板占位符',
    review.removed.length
      ? `- 删掉的网页残留 ${review.removed.length} 行：${review.removed.map((r) => `第 ${r.line} 行「${r.text.slice(0, 20)}」（${r.why}）`).join('；')}`
      : '- 没有网页残留',
    `- 数字候选 ${figures} 个，按章列在 review.json 的 candidates 里：每章挑出关键数字，连同原句写进 structure.json 的 figures`,
    ...review.proposedHeadings.map(
      (h) => `- 第 ${h.line} 行当作标题：「${h.text}」（没有「一、」这样的编号，按短行、下面接正文认的。不是标题的话，在粘贴的文字里这一行末尾加上「。」，再运行一次）`,
    ),
    review.emptySections.length ? `- 这些章节没有正文，请核对标题：${review.emptySections.join('、')}` : '- 每一章都有正文',
    review.benefits.length
      ? `- 说到的惠民政策：${review.benefits.map((b) => `${b.name}（${b.sentences.length} 句）`).join('、')}`
      : '- 没有说到惠民政策清单里的政策',
    review.planFollowUp.length
      ? `- 去年计划的 ${review.planFollowUp.length} 件事：${review.planFollowUp.filter((f) => f.proposals.length).length} 件在新报告里找到了可能相关的句子，已填进 outcomes.json，请逐件确认「做到了 / 在做 / 报告没提」`
      : '- 没有去年的计划要对照',
    review.searchWords.length
      ? `- 搜索里还没有的地名、项目名（要加进 content/search/named-terms.json 请人工挑选）：${review.searchWords
          .slice(0, 20)
          .map((w) => w.word)
          .join('、')}`
      : '- 没有新的地名、项目名',
    '- 个人姓名：请通读全文，村民个人的姓名按 editorial.json 的 withheldNames 隐去',
    '下一步：按 docs/for-the-town.md「加上新一年的报告」一条一条核对。',
  ]
  return out.join('\n')
}
