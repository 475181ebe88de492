// The app's generated data (src/data/*.json) as the app reads it: benefits.json ships what most
// benefits say once (`defaults`) and each quoted section's title once (`sectionTitles`); each benefit
// is read with those put back by the app's own src/domain/benefits/details.ts withSharedParts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadTs } from '../../scripts/lib/load-ts.mjs'

const ROOT = join(import.meta.dirname, '..', '..')
const { withSharedParts } = await loadTs(join(ROOT, 'src/domain/benefits/details.ts'))

export function readData(name) {
  const data = JSON.parse(readFileSync(join(ROOT, 'src', 'data', name), 'utf8'))
  return data.defaults ? { ...data, benefits: withSharedParts(data) } : data
}
