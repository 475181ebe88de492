// Size and node-count budgets and the Content-Security-Policy of the production H5 build.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { BUDGETS } from '../../scripts/budgets.mjs'
import { inlineScripts } from '../../scripts/lib/html-checks.mjs'
import { elementCount, initialJs } from '../../scripts/lib/measure-h5.mjs'
import { H5_DIR, startH5 } from './harness.mjs'

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
  it('allows scripts, styles and connections from its own origin only', () => {
    const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? ''
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))
    assert.deepEqual(directives['default-src'], ["'self'"])
    assert.deepEqual(directives['script-src'], ["'self'"])
    assert.deepEqual(directives['connect-src'], ["'self'"])
    assert.deepEqual(inlineScripts(html), [], 'no inline script')
    assert.ok(/<script\b[^>]*\bsrc=/.test(html), 'the page does load its scripts (so the check above looked at something)')
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
