// 繁體 edition: a compact table (character map + the few phrases that need context) that converts
// any of the app's text at run time. Built from opencc-js (cn→tw) plus tested overrides, and
// checked here against every string the app shows: the run-time result must equal opencc's.
// The run-time converter is the app's own (src/domain/reader/script.ts), passed in as `convertWith`.

/** Every string in a JSON value. */
export function stringsOf(value, out = []) {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out))
  return out
}

/** Runs of Han characters in source files (the interface's own words: 谁能申请, 回到报告目录 …). */
export function hanRunsOf(sourceText) {
  return sourceText.match(/[\u3400-\u9fff][\u3400-\u9fff，、：；（）“”「」《》？！。·\s\d]*/g) ?? []
}

export function expectedTraditional(text, toTraditional, overrides) {
  const converted = toTraditional(text)
  if (converted.length !== text.length) throw new Error(`cn→tw changed the length of: ${text.slice(0, 20)}`)
  const chars = [...converted]
  for (const o of overrides) {
    for (let at = text.indexOf(o.simplified); at !== -1; at = text.indexOf(o.simplified, at + 1)) {
      for (let k = 0; k < o.traditional.length; k++) chars[at + k] = o.traditional[k]
    }
  }
  return chars.join('')
}

function addPhrase(table, from, to) {
  const list = (table.phrases[from[0]] ??= [])
  if (list.some(([f]) => f === from)) return false
  list.push([from, to])
  list.sort((a, b) => b[0].length - a[0].length)
  return true
}

export function deriveTraditional(corpus, toTraditional, overrides, convertWith) {
  const table = { chars: {}, phrases: {} }
  const unique = [...new Set(corpus)].filter((s) => /[\u3400-\u9fff]/.test(s))
  for (const ch of new Set(unique.join(''))) {
    const t = toTraditional(ch)
    if (t !== ch && t.length === 1) table.chars[ch] = t
  }
  for (const o of overrides) addPhrase(table, o.simplified, o.traditional)
  for (let pass = 0; pass < 6; pass++) {
    let changed = false
    for (const s of unique) {
      const expected = expectedTraditional(s, toTraditional, overrides)
      for (let guard = 0; guard < 50; guard++) {
        const actual = convertWith(table, s)
        if (actual === expected) break
        const i = [...actual].findIndex((c, k) => c !== expected[k])
        const windows = [
          [i, i + 2],
          [i - 1, i + 1],
          [i - 1, i + 2],
          [i, i + 3],
          [i - 2, i + 1],
          [i, i + 1],
        ]
        const added = windows.some(([a, b]) => a >= 0 && b <= s.length && addPhrase(table, s.slice(a, b), expected.slice(a, b)))
        if (!added) break
        changed = true
      }
    }
    if (!changed) break
  }
  const wrong = unique.filter((s) => convertWith(table, s) !== expectedTraditional(s, toTraditional, overrides))
  if (wrong.length) throw new Error(`繁體 table cannot reproduce ${wrong.length} strings, e.g. ${wrong[0].slice(0, 30)}`)
  return table
}
