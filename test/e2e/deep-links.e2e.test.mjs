// Links from a chat: a forwarded link asks for its page's scripts at once (rem.js preloads what
// index.html lists for the page: scripts/build/route-chunks.mjs), not only after the app's own scripts
// have arrived and run; a link to a page the app does not have opens the report home and says why.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { routeChunksMeta, withRouteChunks } from '../../scripts/build/route-chunks.mjs'
import { AUDITED_PAGES } from '../../scripts/lib/audited-pages.mjs'
import { H5_DIR, startH5, storeSettings } from './harness.mjs'

const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
const listed = Object.fromEntries(
  (html.match(/<meta name="route-chunks" content="([^"]*)">/)?.[1] ?? '')
    .split(';')
    .filter(Boolean)
    .map((entry) => entry.split('='))
    .map(([path, files]) => [path, files.split(' ')]),
)
const APP_SCRIPT = html.match(/<script defer="defer" src="\.\/(js\/app\.[0-9a-f]+\.js)">/)?.[1]

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

/** Holds the app's main script back in `context` until the returned function is called. */
async function holdAppScript(context) {
  let release
  const held = new Promise((resolve) => (release = resolve))
  await context.route(`**/${APP_SCRIPT}`, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/**
 * Opens `hash` with the app's main script held back; gives the scripts asked for meanwhile, and what
 * the page shows once the app has started (and, with `until`, once that text is on the screen).
 * `awaited`: scripts to give the browser time to ask for (up to 5 s, as the requests are reported
 * later than they are made on a busy machine); the app's script is held back all that time.
 */
async function scriptsAskedBeforeTheApp(hash, { awaited = [], until = null } = {}) {
  const context = await h5.browser.newContext({ viewport: { width: 360, height: 740 } })
  const asked = []
  const errors = []
  const releaseApp = await holdAppScript(context)
  const page = await context.newPage()
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('request', (request) => {
    if (request.resourceType() === 'script') asked.push(new URL(request.url()).pathname.slice(1))
  })
  await page.goto(`${h5.url}#${hash}`, { waitUntil: 'commit' })
  // rem.js, the one script in the head and the one that asks for a page's scripts, has run once it
  // has sized the root.
  await page.waitForFunction(() => document.documentElement.style.fontSize !== '')
  for (let waited = 0; waited < 5000 && !awaited.every((file) => asked.includes(file)); waited += 50) await page.waitForTimeout(50)
  await page.waitForTimeout(100)
  const early = [...asked]
  releaseApp()
  await page.locator('#app .page-shell').first().waitFor()
  if (until) {
    await page.getByText(until).first().waitFor()
    // Still there once the router has finished changing page (it closes dialogs opened before that).
    await page.waitForTimeout(300)
  }
  const shown = { route: new URL(page.url()).hash, text: await page.locator('body').innerText() }
  await context.close()
  return { early, errors, shown }
}

describe('page scripts preloaded for a deep link', () => {
  it('index.html lists, for every page, files that are in the build', () => {
    assert.ok(APP_SCRIPT, 'found the app script in index.html')
    for (const page of ['section', 'benefit', 'benefits', 'finder', 'corrections', 'search', 'mine']) {
      const files = listed[`pages/${page}/index`] ?? []
      assert.ok(files.length > 0, `pages/${page}/index has scripts listed`)
      for (const file of files) assert.ok(existsSync(join(H5_DIR, file)), `${file} is in dist/h5`)
    }
  })

  it("a link to a section asks for the section's scripts while the app's script is still on its way", async () => {
    const { early, errors } = await scriptsAskedBeforeTheApp('/pages/section/index?id=livelihood&p=2', { awaited: listed['pages/section/index'] })
    for (const file of listed['pages/section/index']) assert.ok(early.includes(file), `${file} asked for early (asked: ${early.join(', ')})`)
    assert.deepEqual(errors, [])
  })

  it('a link to a benefit asks for the benefit page, not for the section page', async () => {
    const { early } = await scriptsAskedBeforeTheApp('/pages/benefit/index?id=dibao', { awaited: listed['pages/benefit/index'] })
    for (const file of listed['pages/benefit/index']) assert.ok(early.includes(file), `${file} asked for early`)
    const sectionOnly = listed['pages/section/index'].filter((file) => !listed['pages/benefit/index'].includes(file))
    assert.ok(sectionOnly.length > 0, 'the two pages have scripts of their own')
    for (const file of sectionOnly) assert.ok(!early.includes(file), `${file} is not the benefit page's`)
  })

  it('a link to a page the app does not have preloads nothing, opens the report home and says why', async () => {
    const { early, errors, shown } = await scriptsAskedBeforeTheApp('/pages/nowhere/index?id=x', { until: '链接打不开' })
    assert.equal(shown.route, '#/pages/report/index')
    assert.match(shown.text, /链接打不开/)
    assert.match(shown.text, /这个链接的页面找不到了/)
    assert.match(shown.text, /一分钟看懂/)
    const pageFiles = new Set(Object.values(listed).flat())
    assert.deepEqual(
      early.filter((file) => pageFiles.has(file)),
      [],
    )
    assert.deepEqual(errors, [])
  })
})

/**
 * Opens `hash` with the app's scripts held back and gives what the screen shows meanwhile (the heading
 * rem.js puts up: scripts/build/link-titles.mjs), then what the page shows once the app has started.
 * `settings`: the reader's remembered choices (as src/platform/storage.ts keeps them).
 */
async function headingBeforeTheApp(hash, settings = null) {
  const context = await h5.browser.newContext({ viewport: { width: 360, height: 740 } })
  if (settings) await storeSettings(context, settings)
  const releaseApp = await holdAppScript(context)
  const page = await context.newPage()
  await page.goto(`${h5.url}#${hash}`, { waitUntil: 'commit' })
  await page.waitForFunction(() => document.body !== null && document.documentElement.style.fontSize !== '')
  const early = await page.evaluate(() => {
    const style = getComputedStyle(document.body, '::before')
    return { content: style.content, fontSize: style.fontSize, left: style.paddingLeft, top: style.paddingTop }
  })
  releaseApp()
  await page.locator('#app .page-shell').first().waitFor()
  const later = await page.evaluate(() => {
    const heading = document.querySelector('.taro_page_show .page-shell [role="heading"]')
    const box = heading?.getBoundingClientRect()
    return {
      content: getComputedStyle(document.body, '::before').content,
      heading: heading?.textContent ?? null,
      fontSize: heading ? getComputedStyle(heading).fontSize : null,
      left: box ? `${Math.round(box.left)}px` : null,
      top: box ? `${Math.round(box.top)}px` : null,
    }
  })
  await context.close()
  return { early, later }
}

describe('a forwarded link shows its heading before the app has run', () => {
  it('a benefit: its name at once, where, and as large as, the page then shows it', async () => {
    const { early, later } = await headingBeforeTheApp('/pages/benefit/index?id=dibao')
    assert.equal(early.content, '"最低生活保障"')
    assert.equal(later.content, 'none', 'gone once the page is there')
    assert.equal(later.heading, '最低生活保障')
    assert.deepEqual([early.fontSize, early.left, early.top], [later.fontSize, later.left, later.top])
  })

  it('a section in 长辈模式: its title in the large heading size', async () => {
    const { early, later } = await headingBeforeTheApp('/pages/section/index?id=livelihood', { largeText: true, script: 'simplified' })
    assert.equal(early.content, '"回应群众关切，提升民生福祉"')
    assert.equal(later.heading, '回应群众关切，提升民生福祉')
    assert.deepEqual([early.fontSize, early.left, early.top], [later.fontSize, later.left, later.top])
    assert.ok(parseFloat(early.fontSize) >= 30, `large heading (${early.fontSize})`)
    // A link into a paragraph (the page then scrolls to it, so only the heading's text is compared).
    const intoParagraph = await headingBeforeTheApp('/pages/section/index?id=livelihood&p=2')
    assert.equal(intoParagraph.early.content, '"回应群众关切，提升民生福祉"')
  })

  it('nothing early where it would be wrong: 繁體 remembered, an id the app does not have, the report home', async () => {
    const traditional = await headingBeforeTheApp('/pages/benefit/index?id=dibao', { largeText: null, script: 'traditional' })
    assert.equal(traditional.early.content, 'none')
    assert.ok(traditional.later.heading, 'the page itself still opens')
    const unknown = await headingBeforeTheApp('/pages/benefit/index?id=nope')
    assert.equal(unknown.early.content, 'none')
    const broken = await headingBeforeTheApp('/pages/benefit/index?id=%E4%ZZ')
    assert.equal(broken.early.content, 'none')
    const home = await headingBeforeTheApp('/pages/report/index')
    assert.equal(home.early.content, 'none')
  })
})

describe('a page opened by a link stays still', () => {
  for (const hash of Object.values(AUDITED_PAGES)) {
    it(`${hash}: nothing on it moves while it loads (no layout shift)`, async () => {
      const page = await h5.open(hash)
      // Layout shifts since the page began (the browser keeps them for a late observer).
      const shifts = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const seen = []
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) seen.push({ value: e.value, moved: e.sources.map((s) => s.node?.id || s.node?.className || s.node?.nodeName) })
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(seen), 200)
          }),
      )
      await h5.close(page)
      assert.deepEqual(shifts, [])
    })
  }
})

describe('the list in index.html', () => {
  it('goes before rem.js, which reads it, and replaces an older one', () => {
    const page = '<head><script src="./rem.js"></script></head>'
    const once = withRouteChunks(page, { 'pages/a/index': ['js/1.js', 'js/2.js'], 'pages/b/index': [] })
    assert.equal(once, '<head><meta name="route-chunks" content="pages/a/index=js/1.js js/2.js"><script src="./rem.js"></script></head>')
    assert.equal(withRouteChunks(once, { 'pages/c/index': ['js/3.js'] }), `<head>${routeChunksMeta({ 'pages/c/index': ['js/3.js'] })}<script src="./rem.js"></script></head>`)
    assert.throws(() => withRouteChunks('<head></head>', {}), /no rem\.js/)
  })
})
