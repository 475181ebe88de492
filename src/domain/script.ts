/** 简体 → 繁體 at run time, from the compact table the content build derives (opencc-js cn→tw + overrides). */
import traditionalJson from '../data/traditional.json'
import { convertWith, type TraditionalTable } from './script-table'
import type { Script } from './settings'

export type Converter = (text: string) => string

const table = traditionalJson as unknown as TraditionalTable
const cache = new Map<string, string>()

/** The converter for a chosen script: 繁體 through the table, 简体 as it is. */
export function converterFor(script: Script): Converter {
  return script === 'traditional' ? makeConverter() : (text) => text
}

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
