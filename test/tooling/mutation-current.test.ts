// @vitest-environment node
// The mutation score in docs/mutation.md is the score of the code as it is: the newest commit to any
// file Stryker mutates must come before (or be) the newest commit to docs/mutation.md. Read from git
// history, never a clock. (A shallow clone that does not reach both commits passes.)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = process.cwd()
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
/** stryker.config.mjs's `mutate` globs, as git pathspecs. */
const mutate = [...readFileSync(join(ROOT, 'stryker.config.mjs'), 'utf8').match(/mutate:\s*\[([^\]]*)\]/)![1].matchAll(/'([^']+)'/g)].map((m) => `:(glob)${m[1]}`)

describe('docs/mutation.md is current', () => {
  it('reads the mutated files from stryker.config.mjs', () => {
    expect(mutate).toEqual(expect.arrayContaining([':(glob)src/domain/**/*.ts', ':(glob)scripts/lib/privacy-scan.mjs']))
  })

  it('was committed after the newest commit to the code it scores', () => {
    const code = git('rev-list', '-1', 'HEAD', '--', ...mutate)
    const doc = git('rev-list', '-1', 'HEAD', '--', 'docs/mutation.md')
    // A shallow clone may not reach either commit: nothing to compare there.
    let current = code === doc || !code || !doc
    if (!current) {
      try {
        git('merge-base', '--is-ancestor', code, doc)
        current = true
      } catch {
        current = false
      }
    }
    expect(current, `docs/mutation.md (${doc.slice(0, 7)}) is older than the newest change to mutated code (${code.slice(0, 7)}): run \`npm run mutation\` and record its table in docs/mutation.md`).toBe(true)
  })
})
