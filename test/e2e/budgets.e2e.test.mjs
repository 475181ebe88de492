// Size and node-count budgets and the Content-Security-Policy of the production H5 build.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { BUDGETS } from '../../scripts/budgets.mjs'
import { inlineScriptsRefused, pageCspDirectives } from '../../scripts/lib/html-checks.mjs'
import { elementCount, initialJs } from '../../scripts/lib/measure-h5.mjs'
import { H5_DIR, ROOT, startH5 } from './harness.mjs'

let h5
before(async () => {
  h5 = await startH5()
})
after(async () => {
  await h5?.stop()
})

describe('H5 budgets', () => {
  it(`loads at most ${BUDGETS.h5InitialJsGzipBytes} bytes of JavaScript (gzip) before the home page shows`, async () => {
    const { gzipBytes, files } = await initialJs(h5.browser, h5.url, '/pages/report/index', H5_DIR)
    console.log(`h5 initial JS: ${gzipBytes} bytes gzip in ${files.length} files`)
    assert.ok(files.some((f) => /\/js\/app\.[0-9a-f]+\.js$/.test(f)), `the app bundle was not among ${files.join(', ')}`)
    assert.ok(gzipBytes <= BUDGETS.h5InitialJsGzipBytes, `${gzipBytes} > ${BUDGETS.h5InitialJsGzipBytes}`)
  })

  for (const hash of [
    '/pages/report/index',
    '/pages/section/index?id=economy',
    '/pages/section/index?id=livelihood',
    '/pages/corrections/index',
    '/pages/benefits/index',
    '/pages/benefit/index?id=medical-insurance',
    '/pages/finder/index',
    '/pages/mine/index',
  ]) {
    it(`${hash} has fewer than ${BUDGETS.elementsPerPage} elements (standard and 长辈模式)`, async () => {
      for (const settings of [{ largeText: false }, { largeText: true }]) {
        const page = await h5.open(hash, { settings: { ...settings, script: 'simplified' } })
        const count = await elementCount(page)
        assert.ok(count > 20 && count < BUDGETS.elementsPerPage, `${hash}: ${count} elements`)
        await h5.close(page)
      }
    })
  }
})

describe('H5 Content-Security-Policy', () => {
  it('allows scripts, styles and connections from its own origin only, and rem.js inline by its hash', () => {
    const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
    const directives = pageCspDirectives(html)
    assert.deepEqual(directives['default-src'], ["'self'"])
    assert.deepEqual(directives['connect-src'], ["'self'"])
    const [self, ...hashes] = directives['script-src']
    assert.equal(self, "'self'")
    assert.equal(hashes.length, 1, `script-src: ${directives['script-src'].join(' ')}`)
    assert.match(hashes[0], /^'sha256-[A-Za-z0-9+/]{43}='$/)
    assert.deepEqual(inlineScriptsRefused(html), [], 'an inline script the policy does not allow')
    assert.match(html, /<script data-inlined="\.\/rem\.js">[^<]*setRoot/, 'rem.js is in the page (so the check above looked at something)')
    assert.ok(/<script\b[^>]*\bsrc="\.\/js\//.test(html), 'the app scripts load from files')
  })

  it('the head waits for no file: no blocking script, no stylesheet to fetch', () => {
    const head = readFileSync(join(H5_DIR, 'index.html'), 'utf8').split('</head>')[0]
    // Tags of the page itself, not text inside the inlined rem.js (whose polyfills.js loader runs only
    // on a browser without Object.entries: floor.e2e.test.mjs).
    const tags = head.replace(/(<script data-inlined="[^"]+">)[\s\S]*?(<\/script>)/g, '$1$2')
    const blocking = [...tags.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/\b(defer|async)\b/.test(tag))
    assert.deepEqual(blocking, [])
    assert.deepEqual(head.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [], [])
    assert.match(head, /<style data-inlined="\.\/css\/styles\.[0-9a-f]+\.css">/)
  })

  it("is the policy the README's nginx example sends as a header", () => {
    const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
    const built = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/add_header Content-Security-Policy "([^"]+)"/)?.[1]
    assert.ok(built, 'the page has a policy')
    assert.equal(readme, built, 'README.md: copy the policy from dist/h5/index.html into the nginx example')
  })

  it('the page runs under it without violations', () => {
    assert.deepEqual(h5.problems.consoleErrors, [])
  })
})

describe('dist/h5 served as deployed (precompressed, cached, CSP header)', () => {
  it('every JS and CSS file has .br and .gz copies that decompress to the original', () => {
    const files = readdirSync(join(H5_DIR, 'js')).filter((f) => f.endsWith('.js')).map((f) => join(H5_DIR, 'js', f))
    const big = files.filter((f) => readFileSync(f).length > 4096)
    assert.ok(big.length >= 2, 'found the app bundles')
    for (const file of big) {
      const original = readFileSync(file)
      assert.ok(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`)
      assert.ok(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`)
    }
  })

  it(`index.html, with the report home's first screen in it, is at most ${BUDGETS.h5IndexHtmlGzipBytes} bytes gzip, and its .br/.gz are of this build`, () => {
    const file = join(H5_DIR, 'index.html')
    const original = readFileSync(file)
    const gzipBytes = readFileSync(`${file}.gz`).length
    console.log(`h5 index.html: ${original.length} bytes, ${gzipBytes} bytes gzip`)
    assert.ok(original.includes('id="first-screen"'), 'the first screen is missing from index.html')
    assert.ok(gunzipSync(readFileSync(`${file}.gz`)).equals(original), 'index.html.gz is stale')
    assert.ok(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), 'index.html.br is stale')
    assert.ok(gzipBytes <= BUDGETS.h5IndexHtmlGzipBytes, `${gzipBytes} > ${BUDGETS.h5IndexHtmlGzipBytes}`)
  })

  it('the server sends brotli when asked, a year of cache for hashed files, no-cache and the CSP for the page', async () => {
    const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
    const app = html.match(/src="\.\/(js\/app\.[0-9a-f]+\.js)"/)[1]
    const js = await fetch(`${h5.url}${app}`, { headers: { 'accept-encoding': 'br, gzip' } })
    assert.equal(js.headers.get('content-encoding'), 'br')
    assert.match(js.headers.get('cache-control'), /max-age=31536000, immutable/)
    const gz = await fetch(`${h5.url}${app}`, { headers: { 'accept-encoding': 'gzip' } })
    assert.equal(gz.headers.get('content-encoding'), 'gzip')
    const page = await fetch(h5.url)
    assert.equal(page.headers.get('cache-control'), 'no-cache')
    assert.match(page.headers.get('content-security-policy') ?? '', /^default-src 'self'; script-src 'self'/)
  })
})
