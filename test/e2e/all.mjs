// Every browser test file in one process (npm test runs this; `node --test test/e2e/` runs them one
// process each). They share one server and one Chromium (see startH5), which saves about 2 s of CPU
// per file. Imported in order, so each file's tests and hooks are registered as they would be alone.
import { readdirSync } from 'node:fs'

for (const file of readdirSync(import.meta.dirname).filter((f) => f.endsWith('.e2e.test.mjs')).sort()) {
  await import(`./${file}`)
}
