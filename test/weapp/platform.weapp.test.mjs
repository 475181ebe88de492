// WeChat's platform behaviours under the stand-in host: new versions offered in plain words, and the
// clipboard (a WeChat privacy interface) refused without losing the villager's way to copy.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { createHost } from '../../scripts/lib/weapp-host.mjs'

const OUT = join(import.meta.dirname, '..', '..', 'dist', 'weapp')
const settle = () => new Promise((r) => setTimeout(r, 20))

async function launched(options) {
  const host = createHost(OUT, options)
  await host.launch()
  await settle()
  return host
}

describe('a newer version downloaded by WeChat', () => {
  it('is offered in plain words, and reopening applies it', async () => {
    const host = await launched({ update: 'ready', modalConfirms: true })
    assert.deepEqual(
      host.dialogs.map((d) => [d.kind, d.title, d.confirmText, d.cancelText]),
      [['modal', '有新内容', '重新打开', '以后再说']],
    )
    assert.match(host.dialogs[0].content, /重新打开就能看到/)
    assert.equal(host.updates.applied, 1)
  })

  it('is not forced on a villager who says 以后再说', async () => {
    const host = await launched({ update: 'ready', modalConfirms: false })
    assert.equal(host.dialogs.length, 1)
    assert.equal(host.updates.applied, 0)
  })

  it('that failed to download is mentioned once, and the app keeps working', async () => {
    const host = await launched({ update: 'failed' })
    assert.deepEqual(host.dialogs, [{ kind: 'toast', title: '新版本没有下载成功，不影响现在使用。下次打开时会再试。' }])
    assert.equal(host.updates.applied, 0)
    const page = await host.openPage('pages/report/index')
    assert.ok(page.rendered.includes('一分钟看懂'))
    assert.deepEqual(host.errors, [])
  })

  it('says nothing when there is no newer version', async () => {
    const host = await launched({ update: null })
    assert.deepEqual(host.dialogs, [])
  })
})

describe('复制 when WeChat allows or refuses the clipboard', () => {
  const CASES = [
    ['pages/section/index', { id: 'economy' }, '复制全文', '全文已复制，可以粘贴到微信里'],
    ['pages/benefit/index', { id: 'dibao' }, '复制群消息', '群消息已复制，到群里长按输入框粘贴', '发到群里'],
  ]
  for (const [route, query, button, done, first] of CASES) {
    it(`${route} ${button}: copied, and said so`, async () => {
      const host = await launched({ clipboard: 'ok' })
      const page = await host.openPage(route, query)
      if (first) await page.tap(first)
      await page.tap(button)
      assert.ok(host.calls.includes('setClipboardData'))
      assert.deepEqual(host.dialogs, [{ kind: 'toast', title: done }])
    })

    for (const [refusal, words] of [
      ['notDeclared', '这次没能复制。可以长按文字，选「复制」。'],
      ['declined', '您没有同意微信使用剪贴板，所以没有复制。可以长按文字，选「复制」。'],
    ]) {
      it(`${route} ${button}, clipboard ${refusal}: a plain message pointing to long-press, no error`, async () => {
        const host = await launched({ clipboard: refusal })
        const page = await host.openPage(route, query)
        if (first) await page.tap(first)
        await page.tap(button)
        assert.deepEqual(host.dialogs.map((d) => [d.kind, d.title, d.content, d.confirmText]), [['modal', '没有复制', words, '知道了']])
        assert.deepEqual(host.errors, [])
        assert.ok(JSON.stringify(page.instance.data.root).includes(button), 'the page is still there')
      })
    }
  }
})

describe('a link to a page this version does not have', () => {
  it('opens the report home and says why, in plain words', async () => {
    const host = await launched({})
    const { redirectedInCallback } = await host.pageNotFound('pages/old-page/index', { id: 'x' })
    assert.ok(redirectedInCallback, 'the redirect is asked for inside the callback, as WeChat requires')
    assert.deepEqual(host.moves, [{ api: 'reLaunch', url: '/pages/report/index' }])
    assert.deepEqual(host.dialogs, [], 'nothing is said before a page is on the screen')
    await host.openPage('pages/report/index')
    assert.deepEqual(
      host.dialogs.map((d) => [d.kind, d.title, d.content, d.confirmText, d.showCancel]),
      [['modal', '链接打不开', '这个链接的页面找不到了，可能链接不完整。已为您打开报告首页，您可以从这里找一找。', '知道了', false]],
    )
    await host.openPage('pages/mine/index')
    assert.equal(host.dialogs.length, 1, 'said once, not again on the next page')
    assert.deepEqual(host.errors, [])
  })

  it('says it in 繁體 when the villager chose 繁體', async () => {
    const host = await launched({ storage: { 'huaqiao.settings': JSON.stringify({ v: 1, largeText: null, script: 'traditional' }) } })
    await host.pageNotFound('pages/old-page/index')
    await host.openPage('pages/report/index')
    assert.deepEqual(
      host.dialogs.map((d) => [d.title, d.confirmText]),
      [['鏈接打不開', '知道了']],
    )
  })
})
