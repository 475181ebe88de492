// The app's generated data (src/data/*.json) as the app reads it: benefits.json ships what most
// benefits say once (`defaults`), and each benefit is read with those filled in (domain unpackBenefits).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

export function readData(name) {
  const data = JSON.parse(readFileSync(join(ROOT, 'src', 'data', name), 'utf8'))
  return data.defaults ? { ...data, benefits: data.benefits.map((b) => ({ ...data.defaults, ...b })) } : data
}
