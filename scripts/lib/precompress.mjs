// .gz and .br beside a build's text files, as compression-webpack-plugin writes them for this app's H5
// build, for hosts that serve precompressed files (nginx gzip_static/brotli_static, sirv). Used for
// the index.html the first-screen step rewrites, and by the bench for the bare app.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT = /\.(js|css|html|json|svg|txt)$/

/** Writes `path`.gz and `path`.br (replacing older ones). */
export function precompressFile(path) {
  const body = readFileSync(path)
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }))
  writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
}

/** Every text file under `dir` that has no .gz yet. */
export function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) precompress(path)
    else if (TEXT.test(name) && !existsSync(`${path}.gz`)) precompressFile(path)
  }
}
