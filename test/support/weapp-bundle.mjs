// The production dist/weapp bundle and the app's data, for tests that run the bundle under the
// stand-in host (scripts/lib/weapp-host.mjs).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createHost } from '../../scripts/lib/weapp-host.mjs'
import { readData } from './app-data.mjs'

export { readData }

export const ROOT = join(import.meta.dirname, '..', '..')
export const OUT = join(ROOT, 'dist', 'weapp')
if (!existsSync(join(OUT, 'app.json'))) throw new Error('dist/weapp is missing: run `npm run build:weapp` first')


/** A stand-in host with the bundle launched (App created, onLaunch and onShow run). */
export async function launched(options) {
  const host = createHost(OUT, options)
  await host.launch()
  return host
}
