// Turns one line of the published (Traditional-script) report into clean Simplified Chinese,
// recording every editorial change with its offset in the cleaned line.

/**
 * @param {string} source      the line as published
 * @param {(s: string) => string} toSimplified  opencc-js hk→cn converter (length-preserving on this text)
 * @param {object} rules       content/reports/2024/editorial.json
 * @returns {{ text: string, changes: Array<{kind: string, offset: number, before: string, after: string, withheld?: number}> }}
 */
export function cleanLine(source, toSimplified, rules) {
  const converted = toSimplified(source)
  if (converted.length !== source.length) {
    throw new Error(`Conversion changed the length of a line; the change log would be wrong: ${source.slice(0, 20)}…`)
  }
  // A year's rules name one placeholder (`placeholder`) or several (`placeholders`, as report:add drafts them).
  const replacements = [
    ...[rules.placeholder ?? [], rules.placeholders ?? []].flat().map((p) => ({ kind: 'placeholder', ...p })),
    ...(rules.wording ?? []).map((w) => ({ kind: 'wording', ...w })),
    ...(rules.withheldNames?.names ?? []).map((n) => ({ kind: 'privacy', ...n })),
  ]
  const changes = []
  let text = ''
  let quoteOpen = false
  for (let i = 0; i < converted.length; ) {
    const hit = replacements.find((r) => converted.startsWith(r.find, i))
    if (hit) {
      // A withheld name is not written into the change log either: only how many characters it had.
      const before = hit.kind === 'privacy' ? { before: '', withheld: hit.find.length } : { before: source.slice(i, i + hit.find.length) }
      changes.push({ kind: hit.kind, offset: text.length, ...before, after: hit.replace })
      text += hit.replace
      i += hit.find.length
      continue
    }
    const ch = converted[i]
    let out = ch
    let kind = null
    if (ch === '"') {
      out = quoteOpen ? rules.quotes.close : rules.quotes.open
      quoteOpen = !quoteOpen
      kind = 'punctuation'
    } else if (rules.punctuation[ch]) {
      out = rules.punctuation[ch]
      kind = 'punctuation'
    } else if (rules.conversionErrorCharacters[source[i]]) {
      kind = 'conversion'
      if (out !== rules.conversionErrorCharacters[source[i]]) {
        throw new Error(`Expected ${source[i]} to become ${rules.conversionErrorCharacters[source[i]]}, got ${out}`)
      }
    }
    if (kind) changes.push({ kind, offset: text.length, before: source[i], after: out })
    text += out
    i += 1
  }
  if (quoteOpen) throw new Error(`Unbalanced quotation marks in: ${source.slice(0, 30)}…`)
  return { text, changes }
}
