// WeChat's custom tab bar is one component instance per tab page, kept alive while the villager moves
// between tabs and into detail pages. Its selected tab must be the page's right after switchTab and
// after coming back to a tab page (the phone's Back, or a tab tapped twice in a row), and after a
// reLaunch. Each tab page also sets it through getTabBar() on show, as WeChat documents.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHost } from '../../scripts/lib/weapp-host.mjs'
import { OUT } from '../support/weapp-bundle.mjs'
import { wechatRouter } from '../sessions/wechat-router.mjs'

const textOf = (node) => (!node || typeof node !== 'object' ? '' : (node.v ?? '') + (node.cn ?? []).map(textOf).join(''))
/** The label of the tab the bar marks as selected (by its class, as WeChat draws it). */
function selectedTab(tabBar) {
  const found = []
  const walk = (node) => {
    if (!node || typeof node !== 'object') return
    if (String(node.cl ?? '').includes('tab-bar__item--selected')) found.push(textOf(node))
    for (const child of node.cn ?? []) walk(child)
  }
  walk(tabBar.instance.data.root)
  return found
}

async function session() {
  const tabRoutes = JSON.parse(readFileSync(join(OUT, 'app.json'), 'utf8')).tabBar.list.map((tab) => tab.pagePath)
  const router = wechatRouter({ tabRoutes, delay: () => 0 })
  const host = createHost(OUT, { router: router.route })
  router.attach(host)
  await host.launch()
  await router.launch('pages/report/index')
  const tap = async (label, source = router.top()) => {
    const element = source.interactive().find((e) => e.label.startsWith(label))
    assert.ok(element, `nothing to tap labelled 「${label}」`)
    source.tapElement(element)
    await router.idle()
    await new Promise((r) => setTimeout(r, 450)) // past the slide-in, so the next tap is taken
  }
  return { router, tap, host }
}

describe("WeChat's custom tab bar marks the page's own tab", () => {
  it('at launch, after switchTab to each tab, and after switching back to a page kept alive', async () => {
    const { router, tap } = await session()
    assert.deepEqual(selectedTab(router.tabBar()), ['报告'])
    await tap('惠民政策', router.tabBar())
    assert.equal(router.top().instance.route, 'pages/benefits/index')
    assert.deepEqual(selectedTab(router.tabBar()), ['惠民政策'])
    await tap('我的', router.tabBar())
    assert.deepEqual(selectedTab(router.tabBar()), ['我的'])
    await tap('报告', router.tabBar())
    assert.equal(router.top().instance.route, 'pages/report/index')
    assert.deepEqual(selectedTab(router.tabBar()), ['报告'])
  })

  it('after Back from a detail page opened from a tab', async () => {
    const { router, tap } = await session()
    await tap('惠民政策', router.tabBar())
    await tap('最低生活保障')
    assert.equal(router.top().instance.route, 'pages/benefit/index')
    assert.equal(await router.back(), true)
    await new Promise((r) => setTimeout(r, 20))
    assert.equal(router.top().instance.route, 'pages/benefits/index')
    assert.deepEqual(selectedTab(router.tabBar()), ['惠民政策'])
  })

  it('each tab page tells its bar which tab is its own when it shows (getTabBar, as WeChat documents)', async () => {
    const { router, tap, host } = await session()
    await tap('惠民政策', router.tabBar())
    const bar = router.tabBar()
    // Something left the bar on the wrong tab; the page showing again puts it right by itself.
    bar.instance.$taroInstances.setSelected('mine')
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
    assert.deepEqual(selectedTab(bar), ['我的'])
    router.top().instance.onShow()
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
    assert.deepEqual(selectedTab(bar), ['惠民政策'])
    assert.ok(host.tabBarAsks.includes('pages/benefits/index'))
  })

  it('after reLaunch from a page opened by a link (a wrong one: 看全部惠民政策)', async () => {
    const { router, tap, host } = await session()
    await router.launch('pages/benefit/index', { id: 'nope' })
    await new Promise((r) => setTimeout(r, 450))
    assert.equal(router.top().instance.route, 'pages/benefit/index')
    const asked = host.tabBarAsks.length
    await tap('看全部惠民政策')
    assert.equal(router.top().instance.route, 'pages/benefits/index')
    assert.deepEqual(selectedTab(router.tabBar()), ['惠民政策'])
    assert.ok(host.tabBarAsks.length > asked, 'the tab page asked for its bar on show')
  })
})
