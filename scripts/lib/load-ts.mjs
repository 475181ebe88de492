// Loads the app's TypeScript domain modules in plain Node (benchmarks, build-time checks):
// esbuild bundles the entry with its JSON into a temporary ES module.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

export async function loadTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'huaqiao-ts-'))
  const outfile = join(dir, 'module.mjs')
  try {
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' })
    return await import(pathToFileURL(outfile).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
