// The domain's layering (src/domain/README.md) is kept by the lint (.eslintrc.cjs). These checks show
// the rule bites: an import that crosses a layer upwards or sideways, or reaches out of the domain, is
// an error; one that reads a layer below is not.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'

// Without the type-aware parse (src/'s es-x rules need it, not these): a second, not six.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { parserOptions: { project: null } } as unknown as ESLint.Options['overrideConfig'] })

/** What the lint says of `file` if it imported `spec` (the file's own text is replaced by the one import). */
async function lintImport(file: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${spec}'\n\nexport const used = probe\n`, { filePath: file })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}
const crossing = (messages: string[]) => messages.filter((m) => m.startsWith('import/no-restricted-paths'))

describe('the domain layers, as the lint keeps them', () => {
  it.each([
    ['src/domain/report/report.ts', '../share/card'],
    ['src/domain/report/report.ts', '../benefits/details'],
    ['src/domain/report/text.ts', '../search/search'],
    ['src/domain/report/text.ts', '../reader/script'],
    ['src/domain/benefits/details.ts', '../search/site-search'],
    ['src/domain/benefits/details.ts', '../share/share'],
    ['src/domain/benefits/details.ts', '../reader/script'],
    ['src/domain/reader/speech.ts', '../benefits/finder'],
    ['src/domain/reader/speech.ts', '../search/search'],
    ['src/domain/search/site-search.ts', '../share/card'],
    ['src/domain/share/card.ts', '../search/search'],
    ['src/domain/share/card.ts', '../reader/script'],
    ['src/domain/town.ts', './report/report'],
    ['src/domain/url.ts', './share/share'],
  ])('%s may not import %s', async (file, spec) => {
    expect(crossing(await lintImport(file, spec))).toEqual([expect.stringContaining('imports only the layers below it')])
  })

  it.each([
    ['src/domain/search/search.ts', '../../platform/navigation'],
    ['src/domain/report/report.ts', '../../components/section-card'],
    ['src/domain/share/card.ts', '../../hooks/use-page-share'],
    ['src/domain/town.ts', '../settings/settings-context'],
    ['src/domain/benefits/finder.ts', '../../pages/finder/index'],
    ['src/domain/share/share.ts', '../../shares'],
    ['src/domain/report/editions.ts', '../../routes'],
  ])('%s may not reach out of the domain to %s', async (file, spec) => {
    expect(crossing(await lintImport(file, spec))).toEqual([expect.stringContaining('src/domain is pure')])
  })

  it('the domain imports neither Taro nor React', async () => {
    expect(await lintImport('src/domain/report/report.ts', '@tarojs/taro')).toEqual([expect.stringContaining('no-restricted-imports')])
    expect(await lintImport('src/domain/report/report.ts', 'react')).toEqual([expect.stringContaining('no-restricted-imports')])
  })

  it.each([
    ['src/domain/share/card-layout.ts', '../report/report'],
    ['src/domain/search/site-search.ts', '../benefits/benefit-index'],
    ['src/domain/search/site-search.ts', '../reader/script-table'],
    ['src/domain/benefits/types.ts', '../report/types'],
    ['src/domain/reader/speech.ts', '../report/blocks'],
    ['src/domain/report/text.ts', '../group-message'],
  ])('%s may read a layer below: %s', async (file, spec) => {
    expect(await lintImport(file, spec)).toEqual([])
  })
})

describe('each capability says what it owns', () => {
  const folders = readdirSync('src/domain', { withFileTypes: true }).filter((d) => d.isDirectory())
  it('there are the five capabilities the README draws', () => {
    expect(folders.map((d) => d.name).sort()).toEqual(['benefits', 'reader', 'report', 'search', 'share'])
  })

  it.each(folders.map((d) => d.name))('domain/%s has a README naming every file in it', (folder) => {
    const readme = readFileSync(join('src/domain', folder, 'README.md'), 'utf8')
    const files = readdirSync(join('src/domain', folder)).filter((f) => f.endsWith('.ts'))
    expect(files.filter((f) => !readme.includes(`\`${f}\``))).toEqual([])
  })

  it('the domain README names every file at its root', () => {
    const readme = readFileSync('src/domain/README.md', 'utf8')
    const files = readdirSync('src/domain').filter((f) => f.endsWith('.ts'))
    expect(files.filter((f) => !readme.includes(`\`${f}\``))).toEqual([])
  })
})
