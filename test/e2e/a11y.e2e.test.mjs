// Accessibility of every screen of the production H5 build, one page load per screen, mode and width:
// axe-core (wcag2a/aa, wcag21a/aa) and the MIIT 适老化 numbers measured on the same load —
// standard at 320 px; 长辈模式 at 320 px, then turned to 414 px (axe on the 414 one); 繁體, which
// changes the characters only, with axe on one screen of each kind. (test/weapp/render.weapp.test.mjs measures
// the weapp the same way at 320, 360, 375 and 414 px.)
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import { startH5 } from './harness.mjs'
import { belowMinima, measureReader, minimaLog } from '../../scripts/lib/measure-reader.mjs'
import { MODES, SCREENS } from '../support/screens.mjs'

const NOTHING_BELOW = { smallText: [], tightLines: [], smallHeadings: [], smallControls: [], clipped: [], sideways: [] }
const TRADITIONAL_SCREENS = ['report home', 'section', 'benefits list', 'benefit', 'corrections', 'search']

/**
 * [mode label, settings, widths, measured as (or null), with axe] for every load: a load at the first
 * width, then the same page turned to each further width (as a phone turned on its side), measured
 * again; axe runs at the last width.
 */
const LOADS = [
  ...Object.keys(SCREENS).map((name) => [name, '标准', MODES.standard, [320], 'standard', true]),
  ...Object.keys(SCREENS).map((name) => [name, '长辈模式', MODES.large, [320, 414], 'large', true]),
  ...TRADITIONAL_SCREENS.map((name) => [name, '繁體', MODES.traditional, [390], null, true]),
]

const minima = minimaLog()

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
  for (const line of minima.lines('H5 measured')) console.log(line)
})

describe('every screen: axe-core finds nothing, and sizes for people hold (MIIT: 长辈模式 text ≥ 18pt, headings and key figures ≥ 30pt, controls ≥ 60pt; standard text ≥ 15px, controls ≥ 44×44; line spacing ≥ 1.3)', () => {
  for (const [name, mode, settings, widths, measuredAs, withAxe] of LOADS) {
    it(`${name}, ${mode}, ${widths.join(' → ')}px${measuredAs ? ', measured' : ''}${withAxe ? ', axe' : ''}`, async () => {
      const page = await h5.open(SCREENS[name], { width: widths[0], settings })
      for (const [i, width] of widths.entries()) {
        if (i > 0) {
          await page.setViewportSize({ width, height: 844 })
          // rem.js sets the root size on resize, before the next frame.
          await page.waitForFunction((w) => window.innerWidth === w, width)
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
          assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), `${(40 * width) / 750}px`)
        }
        if (measuredAs) {
          const m = await page.evaluate(measureReader)
          minima.remember(measuredAs === 'large' ? '长辈模式' : 'standard', m)
          assert.deepEqual(belowMinima(m, measuredAs), NOTHING_BELOW, `${width}px`)
        }
      }
      if (withAxe) {
        // Legacy mode runs axe in the page itself instead of finishing in a new blank page: the same
        // results (the app has no frames), in 0.8 s instead of 2.1 s per page.
        const results = await new AxeBuilder({ page })
          .options({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
          .setLegacyMode(true).analyze()
        assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), [])
      }
      await h5.close(page)
    })
  }
})

it('logged no console errors and sent no request off this machine', () => {
  assert.deepEqual(h5.problems.consoleErrors, [])
  assert.deepEqual(h5.problems.foreignRequests, [])
})
