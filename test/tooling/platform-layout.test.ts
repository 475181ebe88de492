// @vitest-environment node
// Where WeChat's rules live: every host adapter in src/platform/, each described in its README, and
// src/ root kept to the app entry, its config and the two contracts.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SRC = join(process.cwd(), 'src')
const PLATFORM = join(SRC, 'platform')
const readme = readFileSync(join(PLATFORM, 'README.md'), 'utf8')
/** What src/ root may hold besides folders: the entry, its config and styles, the web page, the contracts, the pages' titles. */
const ROOT_FILES = ['app.config.ts', 'app.scss', 'app.tsx', 'index.html', 'routes.ts', 'shares.ts', 'sitemap.json', 'page-titles.ts']

describe('src/platform', () => {
  const adapters = [
    ...new Set(
      readdirSync(PLATFORM)
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => f.replace(/(\.weapp)?\.tsx?$/, '')),
    ),
  ]

  it('holds the host adapters (clipboard, phone, navigation, dialogs, update, share picture, first screen, font scale, storage)', () => {
    for (const name of [
      'clipboard',
      'phone',
      'navigation',
      'dialogs',
      'app-update',
      'share-image',
      'first-screen',
      'system-font-scale',
      'storage',
      'launch-mode',
    ])
      expect(adapters).toContain(name)
  })

  it('README describes every adapter in its table', () => {
    const described = [...readme.matchAll(/^\| `([\w-]+)`(?: \/ `([\w-]+)`)? \|/gm)].flatMap((m) => [m[1], m[2]]).filter(Boolean)
    expect(adapters.filter((a) => !described.includes(a))).toEqual([])
    expect(described.filter((d) => !adapters.includes(d))).toEqual([])
  })

  it('src/ root keeps only the entry, its config and the contracts', () => {
    const files = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isFile())
    expect(files.filter((f) => !ROOT_FILES.includes(f))).toEqual([])
  })
})
