/** 简体 → 繁體 at run time, from the compact table the content build derives (opencc-js cn→tw + overrides). */
import traditionalJson from '../../data/traditional.json'
import { convertWith, type TraditionalTable } from './script-table'
import { memoize } from '../memo'
import type { Script } from './settings'

export type Converter = (text: string) => string

const table = traditionalJson as unknown as TraditionalTable
/** A page converts the same strings on every render: each is converted once (up to 5000 of them). */
const convert = memoize((text) => convertWith(table, text), 5000)

/** The converter for a chosen script: 繁體 through the table, 简体 as it is. */
export function converterFor(script: Script): Converter {
  return script === 'traditional' ? makeConverter() : (text) => text
}

/** 繁體 for a text; anything that is not a text passes through as it is. */
export function makeConverter(): Converter {
  return (text) => (typeof text === 'string' ? convert(text) : text)
}
