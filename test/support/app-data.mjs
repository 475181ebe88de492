// The app's generated data (src/data/*.json) as the app reads it: benefits.json ships what most
// benefits say once (`defaults`) and each quoted section's title once (`sectionTitles`), and each
// benefit is read with those filled in (as src/domain/benefit-details.ts unpackBenefits does).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

export function readData(name) {
  const data = JSON.parse(readFileSync(join(ROOT, 'src', 'data', name), 'utf8'))
  if (!data.defaults) return data
  const titled = (quoted) => ({ ...quoted, sectionTitle: data.sectionTitles[quoted.year][quoted.section] })
  const benefits = data.benefits.map((packed) => ({ ...data.defaults, ...packed })).map((b) => ({ ...b, reported: b.reported.map(titled), mentions: b.mentions.map(titled) }))
  return { ...data, benefits }
}
