// The built H5 app served on 127.0.0.1 the way a real host serves it (tests, screenshots, benchmarks):
// sirv with the precompressed .br/.gz files the build writes, a year's cache for hashed files,
// no-cache for index.html, and the page's Content-Security-Policy as a header.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import sirv from 'sirv'

/** The Content-Security-Policy the page declares in its meta tag, to send as a header too. */
export function pageCsp(root) {
  try {
    return readFileSync(join(root, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? null
  } catch {
    return null
  }
}

const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export function serveStatic(root, port = 0) {
  const csp = pageCsp(root)
  const serve = sirv(root, {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('cache-control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache')
      if (csp && (pathname.endsWith('.html') || pathname.endsWith('/'))) res.setHeader('content-security-policy', csp)
    },
  })
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('not found')
    }),
  )
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address()
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((r) => server.close(() => r())) })
    })
  })
}
