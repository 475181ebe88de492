// The unit suite as mutation testing runs it: the same tests, with room for instrumented code.
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.mts'

process.env.FAST_CHECK_RUNS = '200'

export default mergeConfig(base, defineConfig({ test: { testTimeout: 60_000 } }))
