// Which script files each page needs beyond the ones index.html loads, as the built app itself asks
// for them in Chromium. index.html carries the list in a meta tag; rem.js preloads the files of the
// page a link opens, so a forwarded link asks for its page's code beside the app's own scripts rather
// than after they have run: one round trip less on a slow network. A page missing from the list just
// loads as before.

/** `<meta name="route-chunks" content="pages/section/index=js/1.js js/2.js;…">`, read by src/web/rem.js. */
const META = /<meta name="route-chunks" content="[^"]*">/g

/** @param {Record<string, string[]>} chunks page path (no leading slash) → script files, relative to index.html */
export function routeChunksMeta(chunks) {
  const content = Object.entries(chunks)
    .filter(([, files]) => files.length > 0)
    .map(([path, files]) => `${path}=${files.join(' ')}`)
    .join(';')
  return `<meta name="route-chunks" content="${content}">`
}

export const withoutRouteChunks = (html) => html.replace(META, '')

/** The meta goes before rem.js, which reads it while the head is parsed. */
export function withRouteChunks(html, chunks) {
  const clean = withoutRouteChunks(html)
  if (!clean.includes('<script src="./rem.js">')) throw new Error('route-chunks: index.html has no rem.js to read the list')
  return clean.replace('<script src="./rem.js">', `${routeChunksMeta(chunks)}<script src="./rem.js">`)
}

/**
 * Opens every page of the built app in a fresh phone (empty cache) and records the scripts it fetches
 * that index.html does not load itself.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the served dist/h5
 * @param {string[]} pagePaths e.g. '/pages/section/index'
 * @param {string} html the built index.html (the scripts it loads itself are left out)
 */
export async function recordRouteChunks(browser, url, pagePaths, html) {
  const initial = [...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g)].map((m) => m[1])
  const chunks = {}
  for (const pagePath of pagePaths) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
    try {
      const page = await context.newPage()
      const scripts = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^\//, ''))
      })
      await page.goto(`${url}#${pagePath}`)
      await page.locator('#app .page-shell').first().waitFor()
      await page.waitForLoadState('networkidle')
      chunks[pagePath.replace(/^\//, '')] = [...new Set(scripts)].filter((file) => !initial.includes(file))
    } finally {
      await context.close()
    }
  }
  return chunks
}
