// dist/weapp at its floor (config/floor.cjs): the stand-in host deletes the built-ins that base library
// 2.20.1's engines (iOS 11, Chrome 53) lack and it does not polyfill, before app.js loads; every page
// kind then draws all of itself, in both text sizes.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import vm from 'node:vm'
import { launched, readData } from '../support/weapp-bundle.mjs'
import { WEAPP_FLOOR_DELETES } from '../../scripts/lib/weapp-host.mjs'

const report = readData('report.json')
const { benefits } = readData('benefits.json')
const texts = readData('report-text.json')

/** Each page kind with its query, and a text from the part of it drawn last. */
const PAGES = [
  ['pages/report/index', {}, report.sections.at(-1).title],
  ['pages/section/index', { id: 'livelihood' }, texts.livelihood.at(-1).text.slice(0, 12)],
  ['pages/benefits/index', {}, benefits.at(-1).name],
  ['pages/benefit/index', { id: 'dibao' }, '找谁问'],
  ['pages/benefit/index', { id: 'childcare-subsidy' }, '找谁问'],
  ['pages/finder/index', {}, '第 1 题，共 6 题'],
  ['pages/mine/index', {}, '隐私说明'],
  ['pages/search/index', { q: encodeURIComponent('低保') }, benefits.find((b) => b.id === 'dibao').name],
  ['pages/plan/index', {}, '等2025年工作总结公布后对照'],
  ['pages/corrections/index', {}, '模板占位符（3处）'],
]
const MODES = [
  ['standard', { largeText: false, script: 'simplified' }],
  ['长辈模式', { largeText: true, script: 'simplified' }],
]

describe('dist/weapp at the floor: base library 2.20.1', () => {
  it('runs without the built-ins the floor lacks, and with those the base library adds', async () => {
    const host = await launched()
    const probe = (code) => vm.runInContext(code, host.context)
    assert.ok(WEAPP_FLOOR_DELETES.includes('Array.prototype.at'), 'Array.prototype.at arrives with base library 2.23.1')
    assert.equal(probe('typeof [].at'), 'undefined')
    assert.equal(probe('typeof "".at'), 'undefined')
    assert.equal(probe('typeof Object.hasOwn'), 'undefined')
    // The base library's own core-js list (miniprogram-compat) brings these back on every engine.
    assert.equal(probe('typeof Object.values + typeof [].flatMap + typeof "".padStart'), 'functionfunctionfunction')
    assert.ok(probe('__floorDeleted') >= 10, `only ${probe('__floorDeleted')} built-ins deleted`)
  })

  for (const [mode, settings] of MODES) {
    for (const [route, query, text] of PAGES) {
      it(`${route}${query.id ? `?id=${query.id}` : ''} draws in full (${mode})`, async () => {
        const host = await launched({ storage: { 'huaqiao.settings': JSON.stringify({ v: 1, ...settings }) } })
        const page = await host.openPage(route, query)
        assert.ok(page.rendered.includes(text), `${route} (${mode}) does not show 「${text}」`)
        assert.equal(page.rendered.includes('page-shell--large'), settings.largeText, '长辈模式 as stored')
        assert.deepEqual(host.errors, [])
        page.close()
      })
    }
  }
})
