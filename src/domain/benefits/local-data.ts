import localJson from '../../data/local.json'
import type { LocalFacts } from './local-types'

/**
 * What the town has supplied (content/local; empty until it does: then every page keeps its honest
 * "ask" wording). Alone in this module so the main package carries the data, and the functions that
 * lay it out (local-facts.ts) stay with the benefit page.
 */
export const localFacts = localJson as LocalFacts
