import Taro from '@tarojs/taro'

/** The storage key a test sets to 'render' to make every page throw while drawing. */
export const FAULT_KEY = 'huaqiao.fault'

/**
 * Test builds only (dist/sample and the unit tests: HUAQIAO_FAULTS): lets a test make every page fail
 * to draw, to see each page's error screen in both builds. A published build has HUAQIAO_FAULTS false,
 * and the minifier removes the rest.
 */
export function throwIfFaultRequested(): void {
  if (!HUAQIAO_FAULTS) return
  let fault: unknown = null
  try {
    fault = Taro.getStorageSync(FAULT_KEY)
  } catch {
    fault = null
  }
  if (fault === 'render') throw new Error(`a render error forced by the test build (${FAULT_KEY})`)
}
