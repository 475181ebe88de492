// The web build on the oldest browser it claims (config/floor.cjs, package.json's browserslist): every
// page kind opens and draws all of itself with the built-ins that browser lacks deleted before the
// app's first script, in both text sizes.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { H5_DIR, H5_FLOOR_DELETES, readData, readReport, startH5 } from './harness.mjs'
import { beyondTheFloor } from '../../scripts/lib/floor-css.mjs'

const report = readReport()
const { benefits } = readData('benefits.json')
const benefitName = (id) => benefits.find((b) => b.id === id).name
const lastParagraph = (id) => report.sections.find((s) => s.id === id).paragraphs.at(-1).text

/** Each page kind, and a text from the part of it drawn last (below the first screen). */
const PAGES = [
  ['/pages/report/index', report.sections.at(-1).title],
  ['/pages/section/index?id=livelihood', lastParagraph('livelihood').slice(0, 12)],
  ['/pages/section/index?id=intro', report.sections[1].title],
  ['/pages/benefits/index', benefits.at(-1).name],
  ['/pages/benefit/index?id=dibao', '找谁问'],
  ['/pages/benefit/index?id=childcare-subsidy', '找谁问'],
  ['/pages/finder/index', '第 1 题，共 6 题'],
  ['/pages/mine/index', '隐私说明'],
  [`/pages/search/index?q=${encodeURIComponent('低保')}`, benefitName('dibao')],
  ['/pages/plan/index', '等2025年工作总结公布后对照'],
  ['/pages/year/index', '未找到这一年的报告'],
  ['/pages/corrections/index', '模板占位符（3处）'],
]
const MODES = [
  ['standard', { largeText: false, script: 'simplified' }],
  ['长辈模式', { largeText: true, script: 'simplified' }],
]

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

describe('the H5 build at its floor (Chrome 53 / iOS 11: newer built-ins deleted)', () => {
  it('the floor lacks what Chrome 53 lacks', () => {
    for (const path of [
      'Array.prototype.at',
      'Array.prototype.flatMap',
      'Object.values',
      'Object.fromEntries',
      'String.prototype.padStart',
      'Promise.prototype.finally',
    ]) {
      assert.ok(H5_FLOOR_DELETES.includes(path), `${path} is not deleted at the floor`)
    }
    assert.ok(!H5_FLOOR_DELETES.includes('Array.prototype.includes'), 'Chrome 53 has Array.prototype.includes (ES2016)')
  })

  it('the built scripts touch globalThis (which the floor lacks, and the tests must keep) only after asking whether it exists', () => {
    const dir = join(H5_DIR, 'js')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8')
      const uses = code.match(/globalThis/g)?.length ?? 0
      const guarded = code.match(/typeof globalThis\)return globalThis/g)?.length ?? 0
      assert.equal(uses, guarded * 2, `${file}: globalThis used without a typeof check`)
    }
  })

  it('its styles (index.html and the stylesheet) use nothing Chrome 53 lacks', () => {
    const css = readdirSync(join(H5_DIR, 'css')).filter((f) => f.endsWith('.css'))
    for (const file of css) assert.deepEqual(beyondTheFloor(readFileSync(join(H5_DIR, 'css', file), 'utf8')), [], file)
    assert.deepEqual(beyondTheFloor(readFileSync(join(H5_DIR, 'index.html'), 'utf8')), [], 'index.html')
  })

  it('only a browser without the polyfilled built-ins fetches polyfills.js', async () => {
    const fetched = async (atFloor) => {
      const scripts = []
      const page = await h5.open('/pages/mine/index', { atFloor })
      scripts.push(...(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))))
      await h5.close(page)
      return scripts.some((url) => url.endsWith('/polyfills.js'))
    }
    assert.equal(await fetched(true), true, 'the oldest browser did not fetch polyfills.js')
    assert.equal(await fetched(false), false, 'a new browser fetched polyfills.js')
  })

  for (const [mode, settings] of MODES) {
    for (const [hash, text] of PAGES) {
      it(`${hash} draws in full (${mode})`, async () => {
        const errorsBefore = h5.problems.consoleErrors.length
        const page = await h5.open(hash, { settings, atFloor: true })
        const floor = await page.evaluate(() => ({ deleted: window.__floorDeleted, at: typeof [].at, values: typeof Object.values }))
        assert.deepEqual({ at: floor.at, values: floor.values }, { at: 'undefined', values: 'undefined' }, 'the page did not open at the floor')
        assert.ok(floor.deleted >= 30, `only ${floor.deleted} built-ins deleted`)
        const body = await page.locator('#app').innerText()
        assert.ok(body.includes(text), `${hash} (${mode}) does not show 「${text}」`)
        assert.equal((await page.locator('#app .page-shell--large').count()) > 0, settings.largeText, '长辈模式 as stored')
        assert.deepEqual(h5.problems.consoleErrors.slice(errorsBefore), [])
        await h5.close(page)
      })
    }
  }
})
