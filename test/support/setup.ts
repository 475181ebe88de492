import '@testing-library/jest-dom/vitest'
import { afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// A page renders what lies below its first screen a part per step, each a React transition
// (useRevealedCount). npm test runs this beside the browser tests on two cores, where the steps took
// longer than Testing Library's default 1 s wait (and once, for five steps, 6.3 s).
configure({ asyncUtilTimeout: 10000 })

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})
