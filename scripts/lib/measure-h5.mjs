// Measurements of the built H5 app in a real browser, shared by the budget tests and the benchmark.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { phoneContext } from './browser.mjs'

/** JavaScript the browser loads to show a page from a cold start: files, bytes, gzip bytes. */
export async function initialJs(browser, baseUrl, hash, h5Dir) {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  const files = new Set()
  page.on('request', (req) => {
    if (req.resourceType() === 'script') files.add(new URL(req.url()).pathname)
  })
  await page.goto(`${baseUrl}#${hash}`, { waitUntil: 'networkidle' })
  await context.close()
  let bytes = 0
  let gzipBytes = 0
  for (const file of files) {
    const body = readFileSync(join(h5Dir, decodeURIComponent(file)))
    bytes += body.length
    gzipBytes += gzipSync(body, { level: 9 }).length
  }
  return { files: [...files].sort(), bytes, gzipBytes }
}

/** Elements on the visible page (WeChat's rule for a page is under 1,000 WXML nodes). */
export async function elementCount(page) {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none')
    const root = pages[pages.length - 1] ?? document.body
    return root.querySelectorAll('*').length
  })
}
