// The unit suite as mutation testing runs it: the same tests, with room for instrumented code.
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.mts'

process.env.FAST_CHECK_RUNS = '200'

// Not the check that this run's own record is current (test/tooling/mutation-current.test.ts): it
// fails by design until the run is recorded.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 60_000, exclude: ['test/tooling/mutation-current.test.ts', 'test/e2e/**', 'node_modules/**'] } }))
