import '@testing-library/jest-dom/vitest'
import { afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { navigationCancelled } from '../../src/platform/navigation'

// A page renders what lies below its first screen a moment later, as a React transition
// (useAfterFirstRender). npm test runs this beside the browser tests on two cores, where that took
// longer than Testing Library's default 1 s wait (once 6.3 s, when it came in five steps).
configure({ asyncUtilTimeout: 10000 })

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  // Each test starts as a page just shown: no navigation of an earlier test is still under way (the
  // page hooks here are stand-ins, so no page ever says it has shown).
  navigationCancelled()
})
