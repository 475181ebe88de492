// @vitest-environment node
// A private person's name never reaches a villager: the content build stops when one would.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deriveAll } from '../../scripts/content/derive-all.mjs'

const ROOT = process.cwd()

/** A copy of content/ (the app's src/ linked beside it) with `edit` applied to one of its JSON files. */
function contentWith(file: string, edit: (json: Record<string, unknown>) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'withheld-'))
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true })
  symlinkSync(join(ROOT, 'src'), join(root, 'src'))
  const path = join(root, 'content', file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  edit(json)
  writeFileSync(path, JSON.stringify(json))
  return root
}

describe('names withheld for privacy', () => {
  const roots: string[] = []
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })))

  it('the build of the content as it is passes, with the name nowhere in what the app ships', async () => {
    const outputs = await deriveAll(ROOT)
    for (const [file, data] of Object.entries(outputs)) {
      for (const form of ['陈会军', '陳會軍']) expect(JSON.stringify(data).includes(form), `${form} in ${file}`).toBe(false)
    }
    expect(JSON.stringify(outputs['src/data/report-text.json'])).toContain('有效化解陈某30年信访案')
  })

  it('a name planted in a section summary stops the build, saying where and what to write instead', async () => {
    const root = contentWith('reports/2024/structure.json', (structure) => {
      const sections = structure.sections as { id: string; summary: string }[]
      sections.find((s) => s.id === 'safety-governance')!.summary += '陈会军的事也办好了。'
    })
    roots.push(root)
    await expect(deriveAll(root)).rejects.toThrow(/不公开的个人姓名「陈会军」出现在 src\/data\/report\.json 里。请在 content\/ 里把它改成「陈某」/)
  })

  it('its Traditional form planted in the everyday search words stops the build too', async () => {
    const root = contentWith('search/everyday-words.json', (everyday) => {
      ;(everyday.words as Record<string, string[]>)['陳會軍'] = ['信访']
    })
    roots.push(root)
    await expect(deriveAll(root)).rejects.toThrow(/不公开的个人姓名「陳會軍」/)
  })
})
