// @vitest-environment node
// The town's identity is content (content/town.json): no town, county or app name, nor the hotline,
// written anywhere in src/ outside the generated data, so another town's app is content only.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = process.cwd()
const town = JSON.parse(readFileSync(join(ROOT, 'content/town.json'), 'utf8'))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'data' ? [] : files(path)
    return /\.(tsx?|html|scss|json|js)$/.test(name) ? [path] : []
  })
}

describe('content/town.json', () => {
  it('names the town, its county and government, the app and the hotline', () => {
    for (const field of ['town', 'county', 'government', 'appName', 'hotline', 'hotlineName']) expect(typeof town[field], field).toBe('string')
  })

  it('is the only place src/ takes them from: no literal outside src/data', () => {
    const names = [town.town, town.town.replace(/镇$/, ''), town.county, town.county.replace(/县$/, ''), town.government, town.appName]
    const hotline = new RegExp(`(?<![\\w-])${town.hotline}(?![\\w-])`)
    const found = files(join(ROOT, 'src')).flatMap((path) => {
      const text = readFileSync(path, 'utf8')
      return [...names.filter((n) => text.includes(n)), ...(hotline.test(text) ? [town.hotline] : [])].map((n) => `${relative(ROOT, path)}: ${n}`)
    })
    expect(found).toEqual([])
  })

  it('reaches what villagers see: the share cards’ brand and the app’s name, as shipped in src/data', async () => {
    const { SHARE_CARD_BRAND } = await import('../../src/domain/share/card')
    const { APP_NAME } = await import('../../src/routes')
    const { town: shipped } = await import('../../src/domain/town')
    expect([SHARE_CARD_BRAND, APP_NAME]).toEqual([town.appName, town.appName])
    expect(shipped).toEqual(Object.fromEntries(Object.entries(town).filter(([key]) => !key.startsWith('$'))))
  })
})
