// The real mini-program bundle (dist/weapp) run under a stand-in host: every page starts, renders
// through setData, shares the right title and path, and survives bad links and bad storage.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'
import { launched, OUT, readData } from '../support/weapp-bundle.mjs'
import { BUDGETS } from '../../scripts/budgets.mjs'

const data = readData
const report = data('report.json')
const { benefits } = data('benefits.json')
const app = JSON.parse(readFileSync(join(OUT, 'app.json'), 'utf8'))
const ROUTES = [...app.pages, ...app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

const BAD_IDS = [undefined, '', 'nope', '<script>alert(1)</script>', 'x'.repeat(5000), '%E0%A4%A', '../../app', '经济']
const SETDATA_LIMIT = BUDGETS.setDataPayloadBytes
export const setDataLog = new Map()

/** How many tree levels base.wxml has templates for (Taro's baseLevel in config/index.ts). */
const TEMPLATE_LEVELS = new Set([...readFileSync(join(OUT, 'base.wxml'), 'utf8').matchAll(/template name="tmpl_(\d+)_/g)].map((m) => m[1])).size
const depthOf = (node) => (node && typeof node === 'object' ? 1 + Math.max(0, ...(node.cn ?? []).map(depthOf)) : 0)

function record(route, page) {
  // Deeper than base.wxml's templates, a page would fall back to Taro's slower `comp` component.
  const depth = depthOf(page.instance.data.root)
  assert.ok(depth < TEMPLATE_LEVELS, `${route}: its element tree is ${depth} levels deep; base.wxml has templates for ${TEMPLATE_LEVELS}`)
  const max = Math.max(0, ...page.payloadBytes)
  setDataLog.set(route, Math.max(setDataLog.get(route) ?? 0, max))
  assert.ok(page.payloads.length > 0, `${route}: setData was never called`)
  assert.ok(max <= SETDATA_LIMIT, `${route}: a setData payload of ${max} bytes is over ${SETDATA_LIMIT}`)
}

/** Waits until `done()` holds, or `ms` have passed (the host's timers run on the real clock). */
async function settled(done, ms = 2000) {
  const until = Date.now() + ms
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
}

/** The chat share as WeChat gets it at once; its picture comes later (share-cards.weapp.test.mjs). */
function chatNow(page) {
  const { promise, ...now } = page.shareAppMessage()
  assert.equal(typeof promise?.then, 'function', `${page.instance.route}: the chat share has no picture promise`)
  return now
}
/** The timeline share without its picture, which is there only once drawn. */
function timelineNow(page) {
  const { imageUrl, ...now } = page.shareTimeline()
  if (imageUrl !== undefined) assert.match(imageUrl, /^wxfile:\/\/tmp\//)
  return now
}

describe('every page of the weapp bundle starts and renders', async () => {
  const host = await launched()
  const EXPECTED = {
    'pages/report/index': report.title,
    'pages/benefits/index': '惠民政策查询',
    'pages/mine/index': '隐私说明',
    'pages/finder/index': '第 1 题，共 6 题',
    'pages/corrections/index': '模板占位符（3处）',
    'pages/section/index': report.sections[0].title,
    'pages/benefit/index': benefits[0].name,
    'pages/search/index': '搜索报告和惠民政策',
    'pages/plan/index': '等2025年工作总结公布后对照',
    // 往年报告 of a year the app lacks (today it has one year): a plain answer.
    'pages/year/index': '未找到这一年的报告',
  }

  it('app.json lists exactly the pages the harness knows', () => {
    assert.deepEqual([...ROUTES].sort(), Object.keys(EXPECTED).sort())
  })

  for (const route of ROUTES) {
    it(`${route} renders its content`, async () => {
      const query = route === 'pages/section/index' ? { id: report.sections[0].id } : route === 'pages/benefit/index' ? { id: benefits[0].id } : {}
      const page = await host.openPage(route, query)
      record(route, page)
      assert.ok(page.rendered.includes(EXPECTED[route]), `${route} did not render 「${EXPECTED[route]}」`)
      page.close()
    })
  }

  for (const section of report.sections) {
    it(`section ${section.id}: title, first figure, shares`, async () => {
      const page = await host.openPage('pages/section/index', { id: section.id })
      record('pages/section/index', page)
      assert.ok(page.rendered.includes(section.title))
      if (section.figures[0]) assert.ok(page.rendered.includes(section.figures[0].label))
      assert.deepEqual(chatNow(page), { title: `${section.title}｜花桥镇2024年工作报告`, path: `/pages/section/index?id=${section.id}` })
      assert.deepEqual(timelineNow(page), { title: `${section.title}｜花桥镇2024年工作报告`, query: `id=${section.id}` })
      page.close()
    })
  }

  for (const benefit of benefits) {
    it(`benefit ${benefit.id}: name, what is known of the amount before the local-standard note, shares`, async () => {
      const page = await host.openPage('pages/benefit/index', { id: benefit.id })
      record('pages/benefit/index', page)
      assert.ok(page.rendered.includes(benefit.name))
      const tree = JSON.stringify(page.instance.data.root)
      const known = [...benefit.nationalFigures, ...benefit.provinceFigures].map((f) => f.text)
      if (benefit.localStandard === null) {
        // The amount is national and fixed (育儿补贴): no 本地金额 line at all.
        assert.ok(known.length > 0 && tree.includes(known[0]))
        assert.ok(!tree.includes('本地金额'))
      } else {
        const local = tree.indexOf(`本地金额：${benefit.localStandard}`)
        assert.ok(local >= 0, 'the local-standard note')
        for (const text of known) assert.ok(tree.indexOf(text) >= 0 && tree.indexOf(text) < local, `「${text}」 comes before 本地金额`)
        for (const r of benefit.referenceFigures) assert.ok(tree.indexOf(r.text) > local, `reference 「${r.text}」 comes after 本地金额`)
      }
      assert.deepEqual(chatNow(page), { title: `${benefit.name}：谁能申请、怎么办｜花桥镇惠民政策`, path: `/pages/benefit/index?id=${benefit.id}` })
      assert.deepEqual(timelineNow(page), { title: `${benefit.name}：谁能申请、怎么办｜花桥镇惠民政策`, query: `id=${benefit.id}` })
      page.close()
    })
  }

  // A bad link shares the list it belongs to, never the broken link; the timeline (which always
  // reopens the current page) shares the page with no id, which shows 未找到 and the way back.
  for (const [route, notFound, back, share] of [
    ['pages/section/index', '未找到这一章', '回到报告目录', { title: '花桥镇2024年工作报告', path: '/pages/report/index' }],
    ['pages/benefit/index', '未找到这项政策', '看全部惠民政策', { title: '花桥镇惠民政策', path: '/pages/benefits/index' }],
  ]) {
    for (const id of BAD_IDS) {
      it(`${route} with id ${JSON.stringify(id)?.slice(0, 24)} shows 未找到 and a way back, and shares the list`, async () => {
        const page = await host.openPage(route, id === undefined ? {} : { id })
        record(route, page)
        assert.ok(page.rendered.includes(notFound))
        assert.ok(page.rendered.includes(back))
        assert.deepEqual(chatNow(page), share)
        assert.deepEqual(timelineNow(page), { title: share.title, query: '' })
        page.close()
      })
    }
  }

  it('report, benefits, finder and 校勘说明 share their own title and path, to chats and the timeline', async () => {
    for (const [route, title] of [
      ['pages/report/index', '一分钟看懂花桥镇2024年工作报告'],
      ['pages/benefits/index', '花桥镇惠民政策：低保、医保、种粮补贴怎么办'],
      ['pages/finder/index', '回答几个问题，看看能享受哪些惠民政策｜花桥镇'],
      ['pages/corrections/index', '校勘说明｜花桥镇2024年工作报告'],
    ]) {
      const page = await host.openPage(route)
      assert.deepEqual(chatNow(page), { title, path: `/${route}` })
      assert.deepEqual(timelineNow(page), { title, query: '' })
      page.close()
    }
  })

  it('我的 has no share of its own (nothing there for a group chat)', async () => {
    const page = await host.openPage('pages/mine/index')
    assert.equal(page.shareAppMessage(), undefined)
    page.close()
  })

  it('called no network or privacy API, and reported no error', () => {
    assert.deepEqual(host.violations, [])
    assert.deepEqual(host.errors, [])
  })
})

describe('search and links to one block of a section', () => {
  it('a search link shows both groups, and a report hit opens its section at the sentence\'s block', async () => {
    const host = await launched()
    const page = await host.openPage('pages/search/index', { q: encodeURIComponent('我们村修路的事') })
    record('pages/search/index', page)
    assert.ok(page.rendered.includes('报告里说到（3 处）'))
    assert.ok(page.rendered.includes('"v":"旅游路"'), 'the matched words are marked pieces')
    assert.deepEqual(chatNow(page), { title: '在花桥镇政务公开里搜「我们村修路的事」', path: `/pages/search/index?q=${encodeURIComponent('我们村修路的事')}` })
    await page.tap('旅游路')
    assert.deepEqual(host.moves.at(-1), { api: 'navigateTo', url: '/pages/section/index?id=livelihood&p=5' })
    assert.deepEqual(host.errors, [])
  })

  it('a question as a villager asks it: 68岁 lists 养老保险 first with the finder\'s reason, and no report figure 68', async () => {
    const host = await launched()
    const page = await host.openPage('pages/search/index', { q: encodeURIComponent('我今年68岁能领多少钱') })
    const pension = page.rendered.indexOf('城乡居民基本养老保险')
    assert.ok(pension > 0, 'pension listed')
    const reason = '家里有60岁以上的老人：问问城乡居民养老保险（养老金）怎么领'
    assert.ok(page.rendered.indexOf(reason) > pension, 'its reason under it')
    for (const other of ['高龄津贴', '特困人员救助供养', '城乡居民基本医疗保险']) {
      const at = page.rendered.indexOf(other)
      assert.ok(at === -1 || at > pension, `${other} after 养老保险`)
    }
    assert.ok(!page.rendered.includes('报告里说到'), 'no report sentence for an age')
    assert.deepEqual(host.errors, [])
  })

  it('a search with no result says so, with suggestions and 12345', async () => {
    const host = await launched()
    const page = await host.openPage('pages/search/index', { q: 'zzzz' })
    assert.ok(page.rendered.includes('没有找到和「zzzz」有关的内容'))
    assert.ok(page.rendered.includes('打 12345 咨询'))
    assert.ok(page.rendered.includes('湘黄鸡'))
  })

  it('平安建设 shows the private name withheld as 陈某, in 简体 and 繁體', async () => {
    for (const script of ['simplified', 'traditional']) {
      const host = await launched({ storage: { 'huaqiao.settings': JSON.stringify({ v: 1, script }) } })
      const page = await host.openPage('pages/section/index', { id: 'safety-governance' })
      assert.ok(page.rendered.includes(script === 'simplified' ? '有效化解陈某30年信访案' : '有效化解陳某30年信訪案'), script)
      assert.ok(!/陈会军|陳會軍/.test(page.rendered), script)
      page.close()
    }
  })

  it('a section link with p marks that block, scrolls to it, and shares it', async () => {
    const host = await launched()
    const page = await host.openPage('pages/section/index', { id: 'livelihood', p: '5' })
    await settled(() => host.moves.some((m) => m.api === 'pageScrollTo')) // the scroll waits for the page to be drawn
    assert.ok(page.rendered.includes('full-text__block--marked'))
    assert.deepEqual(host.moves.filter((m) => m.api === 'pageScrollTo'), [{ api: 'pageScrollTo', selector: '#p-5', offsetTop: -24 }])
    assert.deepEqual(chatNow(page), { title: '回应群众关切，提升民生福祉｜花桥镇2024年工作报告', path: '/pages/section/index?id=livelihood&p=5' })
    assert.deepEqual(timelineNow(page), { title: '回应群众关切，提升民生福祉｜花桥镇2024年工作报告', query: 'id=livelihood&p=5' })
  })

  for (const p of ['99', '0', 'abc', '%E0%A4%A', '']) {
    it(`a section link with a bad p (${JSON.stringify(p)}) opens the top of the section, unmarked`, async () => {
      const host = await launched()
      const page = await host.openPage('pages/section/index', { id: 'livelihood', p })
      await settled(() => false, 200)
      assert.ok(page.rendered.includes('回应群众关切，提升民生福祉'))
      assert.ok(!page.rendered.includes('full-text__block--marked'))
      assert.deepEqual(host.moves.filter((m) => m.api === 'pageScrollTo'), [])
      assert.equal(page.shareAppMessage().path, '/pages/section/index?id=livelihood')
    })
  }
})

describe('settings in the weapp bundle', () => {
  it('follows an enlarged WeChat font (长辈模式) when no choice is stored', async () => {
    const host = await launched({ appBaseInfo: { fontSizeScaleFactor: 1.4 } })
    const page = await host.openPage('pages/section/index', { id: 'economy' })
    assert.ok(page.rendered.includes('page-shell--large'))
  })

  it('keeps the standard size at the standard font', async () => {
    const host = await launched()
    const page = await host.openPage('pages/section/index', { id: 'economy' })
    assert.ok(!page.rendered.includes('page-shell--large'))
  })

  it('a stored choice wins, and 繁體 shows Traditional text', async () => {
    const host = await launched({ appBaseInfo: { fontSizeScaleFactor: 1.4 }, storage: { 'huaqiao.settings': JSON.stringify({ v: 1, largeText: false, script: 'traditional' }) } })
    const page = await host.openPage('pages/section/index', { id: 'economy' })
    assert.ok(!page.rendered.includes('page-shell--large'))
    assert.ok(page.rendered.includes('堅持圍繞中心，推動經濟發展'))
    assert.ok(page.rendered.includes('湘商回歸'))
  })

  for (const stored of ['{not json', '[]', '42', JSON.stringify({ largeText: 'yes', script: 'klingon' }), JSON.stringify({ v: 0, fontSize: 3 })]) {
    it(`starts with defaults on corrupted storage ${stored.slice(0, 20)}`, async () => {
      const host = await launched({ storage: { 'huaqiao.settings': stored } })
      const page = await host.openPage('pages/report/index')
      assert.ok(page.rendered.includes(report.title))
      assert.ok(!page.rendered.includes('page-shell--large'))
    })
  }
})

describe('the harness itself', () => {
  it('fails code that reaches for a browser-only API on the mini-program side', async () => {
    const host = await launched()
    for (const api of ['window.location.href', 'document.title', 'localStorage.getItem("x")', 'navigator.userAgent', 'fetch("/")', 'new XMLHttpRequest()']) {
      assert.throws(() => vm.runInContext(api, host.context), (err) => err.name === 'ReferenceError', api)
    }
  })

  it('records a forbidden wx API call', async () => {
    const host = await launched()
    vm.runInContext('wx.request({ url: "https://example.invalid" })', host.context)
    assert.deepEqual(host.violations, ['request'])
  })
})

after(() => {
  const rows = [...setDataLog].map(([route, bytes]) => `${route} ${bytes}`)
  console.log(`weapp setData: largest payload per page (bytes): ${rows.join(', ')}`)
})
