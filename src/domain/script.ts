/** 简体 → 繁體 at run time, from the compact table the content build derives (opencc-js cn→tw + overrides). */
import traditionalJson from '../data/traditional.json'

export type Converter = (text: string) => string

interface TraditionalTable {
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

const table = traditionalJson as unknown as TraditionalTable
const cache = new Map<string, string>()

export function makeConverter(): Converter {
  return (text) => {
    if (typeof text !== 'string' || text === '') return text
    let hit = cache.get(text)
    if (hit === undefined) {
      hit = convertWith(table, text)
      if (cache.size < 5000) cache.set(text, hit)
    }
    return hit
  }
}
