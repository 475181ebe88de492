/**
 * The 繁體 table and how it is applied. Kept free of the generated data so the content build can
 * derive the table with this very function (scripts/content/derive-traditional.mjs).
 */
export interface TraditionalTable {
  chars: Record<string, string>
  /** Phrases by first character, longest first: the few places a character needs its context. */
  phrases: Record<string, [string, string][]>
}

export function convertWith(table: TraditionalTable, text: string): string {
  let out = ''
  for (let i = 0; i < text.length; ) {
    const hit = table.phrases[text[i]]?.find(([from]) => text.startsWith(from, i))
    if (hit) {
      out += hit[1]
      i += hit[0].length
    } else {
      out += table.chars[text[i]] ?? text[i]
      i += 1
    }
  }
  return out
}
