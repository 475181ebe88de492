// Derives the report the app ships (src/data/report.json) and its change log
// (src/data/corrections.json) from the published text and the editors' structure file.
import { cleanLine } from './clean-line.mjs'

const CONTEXT_CHARS = 8

/** 「（一）提升政治站位，强化党建引领」→「提升政治站位，强化党建引领」; also 「一、」「1、」「——」 headings. */
export function titleFromHeading(heading) {
  return heading.replace(/^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d{1,2}[、．.]|——)\s*/, '').replace(/。$/, '')
}

function contextOf(text, offset, length) {
  const start = Math.max(0, offset - CONTEXT_CHARS)
  const end = Math.min(text.length, offset + length + CONTEXT_CHARS)
  return { contextBefore: text.slice(start, offset), contextAfter: text.slice(offset + length, end) }
}

/**
 * @param {string} sourceText  the report as published
 * @param {object} structure   content/reports/2024/structure.json
 * @param {object} rules       content/reports/2024/editorial.json
 * @param {(s: string) => string} toSimplified
 */
export function deriveReport(sourceText, structure, rules, toSimplified) {
  const sourceLines = sourceText.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')
  // Indentation (a pasted page's full-width spaces) is layout, not text.
  const cleaned = sourceLines.map((line) => cleanLine(line.trim(), toSimplified, rules))
  const claimed = new Map()
  const claim = (line, owner) => {
    if (line < 1 || line > sourceLines.length) throw new Error(`${owner}: line ${line} is outside the report`)
    if (claimed.has(line)) throw new Error(`Line ${line} is claimed by both ${claimed.get(line)} and ${owner}`)
    claimed.set(line, owner)
    return cleaned[line - 1].text
  }

  const corrections = []
  // Punctuation changes are many and uniform: one compact record per line (offsets + the marks before/after).
  const punctuation = []
  const record = (line, section) => {
    const { text, changes } = cleaned[line - 1]
    const marks = changes.filter((c) => c.kind === 'punctuation')
    if (marks.length) {
      punctuation.push({
        line,
        section,
        offsets: marks.map((c) => c.offset),
        before: marks.map((c) => c.before).join(''),
        after: marks.map((c) => c.after).join(''),
      })
    }
    for (const change of changes.filter((c) => c.kind !== 'punctuation')) {
      const withheld = change.withheld ? { withheld: change.withheld } : {}
      corrections.push({
        kind: change.kind,
        line,
        section,
        offset: change.offset,
        before: change.before,
        ...withheld,
        after: change.after,
        ...contextOf(text, change.offset, change.after.length),
      })
    }
  }

  // A draft (report:add) may have no issuer or signature line, and groups without a heading line.
  const optional = (line, owner) => {
    if (!line) return null
    const text = claim(line, owner)
    record(line, null)
    return text
  }
  const title = optional(structure.cover.titleLine, 'cover')
  const issuer = optional(structure.cover.issuerLine, 'cover')
  const signature = optional(structure.signatureLine, 'signature')

  const groups = structure.groups.map((g) => {
    const heading = optional(g.headingLine, `group ${g.id}`)
    return { id: g.id, title: g.title, heading, line: g.headingLine, sections: structure.sections.filter((s) => s.group === g.id).map((s) => s.id) }
  })

  const sections = structure.sections.map((s) => {
    const heading = s.headingLine ? claim(s.headingLine, s.id) : null
    if (s.headingLine) record(s.headingLine, s.id)
    const paragraphs = s.paragraphLines.map((line) => {
      const text = claim(line, s.id)
      record(line, s.id)
      return { line, text }
    })
    if (!heading && !s.title) throw new Error(`Section ${s.id} has neither a heading line nor a title`)
    return {
      id: s.id,
      group: s.group,
      title: s.title ?? titleFromHeading(heading),
      heading,
      headingLine: s.headingLine,
      summary: s.summary,
      paragraphs,
      figures: s.figures,
    }
  })

  for (const line of structure.removedLines) {
    claim(line, 'removed')
    corrections.push({ kind: 'removal', line, section: null, offset: 0, before: sourceLines[line - 1], after: '', contextBefore: '', contextAfter: '' })
  }
  // Blank lines carry nothing (a report pasted from a web page has them between paragraphs).
  const unclaimed = sourceLines.map((_, i) => i + 1).filter((l) => !claimed.has(l) && sourceLines[l - 1].trim())
  if (unclaimed.length) throw new Error(`Report lines not placed anywhere (nothing may be lost): ${unclaimed.join(', ')}`)

  const overview = structure.overview.map((ref) => {
    const [section, figure] = ref.split('/')
    const found = sections.find((s) => s.id === section)?.figures.find((f) => f.id === figure)
    if (!found) throw new Error(`Overview figure ${ref} does not exist`)
    return { section, figure }
  })

  return {
    report: {
      title,
      issuer,
      signature,
      publishedBy: structure.publishedBy,
      updated: structure.updated,
      lineCount: sourceLines.length,
      groups,
      overview,
      sections,
    },
    corrections: { kinds: rules.kinds, changes: corrections, punctuation },
  }
}
