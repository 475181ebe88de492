import '@testing-library/jest-dom/vitest'
import { afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// A page renders what lies below its first screen as a React transition (useRevealedCount), in
// slices between other work. npm test runs this beside the browser tests on two cores, where those
// slices took longer than Testing Library's default 1 s wait for a section card to appear.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})
