#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Stops at the first failing step and
// ends with the number of tests that passed and failed across all runners.
import { spawn } from 'node:child_process'
import { ensureBrowser } from './lib/browser.mjs'

// Runners colour their output even when piped; counts are read from the plain text.
// eslint-disable-next-line no-control-regex
const plain = (out) => out.replace(/\u001b\[[0-9;]*m/g, '')

/** How each runner reports its count: [passed, failed] from its output, or null for a plain check. */
const vitestCount = (out) => {
  const line = plain(out).match(/^\s*Tests\s+(.+)$/m)?.[1] ?? ''
  return [Number(line.match(/(\d+) passed/)?.[1] ?? 0), Number(line.match(/(\d+) failed/)?.[1] ?? 0)]
}
const nodeTestCount = (out) => [Number(plain(out).match(/^ℹ pass (\d+)/m)?.[1] ?? 0), Number(plain(out).match(/^ℹ fail (\d+)/m)?.[1] ?? 0)]
const summaryLineCount = (out) => {
  const m = plain(out).match(/(\d+) passed, (\d+) failed/)
  return m ? [Number(m[1]), Number(m[2])] : [0, 0]
}

// Steps in a group run side by side (their output is printed as each one ends); groups run in order.
const GROUPS = [
  [
    { name: 'content is derived, up to date and honest', cmd: 'npm', args: ['run', '--silent', 'test:content'] },
    { name: 'type-check', cmd: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
    { name: 'lint (eslint + stylelint)', cmd: 'npm', args: ['run', '--silent', 'lint'] },
    { name: 'build weapp (production)', cmd: 'npx', args: ['taro', 'build', '--type', 'weapp'], quiet: true },
    { name: 'build h5 (production, with the first screen in index.html)', cmd: 'npm', args: ['run', '--silent', 'build:h5'], quiet: true },
    // The same app with the town's sample facts filled in (never published), for the tests of local facts.
    { name: 'build weapp and h5 with sample local facts (dist/sample)', cmd: 'sh', args: ['-c', 'node scripts/build/sample.mjs weapp && node scripts/build/sample.mjs h5'], quiet: true },
  ],
  // Side by side, so both cores stay busy while any step waits: the browser tests are the longest step
  // (114–136 s alone, both cores ~85 % busy) and the rest fits beside them; npm test took 247–276 s here.
  [
    { name: 'unit, component, content and property tests', cmd: 'npx', args: ['vitest', 'run'], count: vitestCount },
    { name: 'checks of dist/weapp', cmd: 'node', args: ['scripts/check/weapp.mjs'] },
    { name: 'privacy: no network or personal-data API; WeChat privacy interfaces declared', cmd: 'node', args: ['scripts/check/privacy.mjs'] },
    { name: 'dist/weapp under a stand-in mini-program host, and drawn as WeChat draws it', cmd: 'node', args: ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/weapp/'], count: nodeTestCount },
    { name: 'Lighthouse accessibility of dist/h5', cmd: 'node', args: ['scripts/check/lighthouse.mjs'], count: summaryLineCount },
    // All browser test files in one process, one after the other, sharing one Chromium.
    { name: 'browser tests of dist/h5', cmd: 'node', args: ['--test-reporter=spec', 'test/e2e/all.mjs'], count: nodeTestCount },
  ],
]

/** Runs a step and returns its exit code and output (printed by the caller, builds only on failure). */
function run({ cmd, args, quiet }) {
  return new Promise((resolve) => {
    const env = { ...process.env, FORCE_COLOR: '0', ...(quiet ? { NODE_ENV: 'production' } : {}) }
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })
}

try {
  ensureBrowser()
} catch (err) {
  console.error(`npm test: ${err.message}`)
  process.exit(1)
}

const timings = []
let passed = 0
let failed = 0
let brokenStep = null
const began = Date.now()
for (const group of GROUPS) {
  console.log(`\n▶ ${group.map((step) => step.name).join('  ‖  ')}`)
  await Promise.all(
    group.map(async (step) => {
      const started = Date.now()
      const { code, output } = await run(step)
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      timings.push(`${step.name}: ${seconds} s`)
      const [stepPassed, stepFailed] = step.count ? step.count(output) : [0, 0]
      passed += stepPassed
      failed += stepFailed
      if (!step.quiet) process.stdout.write(`\n── ${step.name}\n${output}`)
      if (code !== 0) {
        if (step.quiet) console.error(output.split('\n').filter((l) => !l.includes('█')).slice(-60).join('\n'))
        console.error(`✖ ${step.name} failed (${seconds} s)`)
        brokenStep ??= step.name
        if (stepFailed === 0) failed += 1 // a failing check (or a runner that crashed) counts as one failed test
      } else console.log(`✔ ${step.name} (${seconds} s)`)
    }),
  )
  if (brokenStep) break
}
timings.push(`all: ${((Date.now() - began) / 1000).toFixed(1)} s`)
console.log(`\n${timings.join('\n')}`)
if (brokenStep) console.log(`npm test stopped at: ${brokenStep}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(brokenStep ? 1 : 0)
