#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Stops at the first failing step.
import { spawnSync } from 'node:child_process'
import { assertChromium } from './lib/browser.mjs'

const steps = [
  ['content is derived, up to date and honest', 'npm', ['run', '--silent', 'test:content']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint (eslint + stylelint)', 'npm', ['run', '--silent', 'lint']],
  ['unit and component tests', 'npx', ['vitest', 'run']],
  ['build weapp (production)', 'npx', ['taro', 'build', '--type', 'weapp']],
  ['build h5 (production)', 'npx', ['taro', 'build', '--type', 'h5']],
  ['checks of dist/weapp', 'node', ['scripts/check/weapp.mjs']],
  ['dist/weapp run under a stand-in mini-program host', 'node', ['--test', '--test-reporter=spec', 'test/weapp/']],
  ['privacy: no network or personal-data API in either build', 'node', ['scripts/check/privacy.mjs']],
  ['browser tests of dist/h5', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/e2e/']],
  ['Lighthouse accessibility of dist/h5', 'node', ['scripts/check/lighthouse.mjs']],
]

try {
  assertChromium()
} catch (err) {
  console.error(`npm test: ${err.message}`)
  process.exit(1)
}

const quietBuild = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' }
const timings = []
let failed = 0
for (const [name, cmd, args] of steps) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const isBuild = args.includes('build')
  const result = spawnSync(cmd, args, { stdio: isBuild ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: isBuild ? quietBuild : process.env, encoding: 'utf8' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  timings.push(`${name}: ${seconds} s`)
  if (result.status !== 0) {
    if (isBuild) console.error(`${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').filter((l) => !l.includes('█')).slice(-60).join('\n'))
    console.error(`✖ ${name} failed (${seconds} s)`)
    failed += 1
    break
  }
  console.log(`✔ ${name} (${seconds} s)`)
}
console.log(`\n${timings.join('\n')}`)
console.log(`steps: ${steps.length - failed - (steps.length - timings.length)} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
