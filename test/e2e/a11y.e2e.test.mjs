// Accessibility of the production H5 build: axe-core on every page, standard and 长辈模式, and on
// one page of each kind in 繁體 (a11y-measured.e2e.test.mjs measures the 适老化 numbers).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import { startH5 } from './harness.mjs'
import { MODES as SCREEN_MODES, SCREENS } from '../support/screens.mjs'

const PAGES = SCREENS
const MODES = { standard: SCREEN_MODES.standard, 长辈模式: SCREEN_MODES.large, 繁體: SCREEN_MODES.traditional }

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/**
 * 繁體 changes the characters only (same elements, same styles), so it is checked on one screen of
 * each kind; standard and 长辈模式 (other sizes, other layout) on every screen.
 */
const SCREENS_PER_MODE = {
  standard: Object.keys(PAGES),
  长辈模式: Object.keys(PAGES),
  繁體: ['report home', 'section', 'benefits list', 'benefit', 'corrections', 'search'],
}

describe('axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa): zero violations', () => {
  for (const [mode, settings] of Object.entries(MODES)) {
    for (const [name, hash] of Object.entries(PAGES).filter(([n]) => SCREENS_PER_MODE[mode].includes(n))) {
      it(`${name}, ${mode}`, async () => {
        const page = await h5.open(hash, { settings })
        // Legacy mode runs axe in the page itself instead of finishing in a new blank page: the same
        // results (the app has no frames), in 0.8 s instead of 2.1 s per page.
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze()
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
        assert.deepEqual(summary, [])
        await h5.close(page)
      })
    }
  }
})

it('logged no console errors and sent no request off this machine', () => {
  assert.deepEqual(h5.problems.consoleErrors, [])
  assert.deepEqual(h5.problems.foreignRequests, [])
})
