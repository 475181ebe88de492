// @vitest-environment node
// The clerk's guide names every benefit by the id and name the content uses, and its examples pass
// the same checks as the town's file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { localFactProblems } from '../../scripts/content/derive-local.mjs'
import { deriveSituations } from '../../scripts/content/derive-benefits.mjs'

const ROOT = process.cwd()
const guide = readFileSync(join(ROOT, 'docs/for-the-town.md'), 'utf8')
const benefits: { id: string; name: string }[] = JSON.parse(readFileSync(join(ROOT, 'content/benefits/benefits.json'), 'utf8'))

describe('docs/for-the-town.md', () => {
  it('lists every benefit id with its name', () => {
    for (const b of benefits) expect(guide, b.id).toContain(`| ${b.id} | ${b.name} |`)
  })

  it('each JSON example, put in the town’s file, passes the checks', () => {
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1])
    expect(blocks.length).toBe(4)
    const parts = blocks.map((block) => JSON.parse(block.trim().startsWith('"dibao"') ? `{"benefits":{${block}}}` : `{${block}}`))
    const facts = {
      offices: Object.assign({}, ...parts.map((p) => p.offices ?? {})),
      villages: parts.flatMap((p) => p.villages ?? []),
      benefits: Object.assign({}, ...parts.map((p) => p.benefits ?? {})),
    }
    expect([Object.keys(facts.offices), facts.villages.length, Object.keys(facts.benefits)]).toEqual([['town'], 1, ['medical-insurance', 'dibao']])
    expect(localFactProblems(facts, { file: 'x', today: new Date(2026, 11, 4), benefits })).toEqual([])
  })

  it('the search section: its examples are the finder’s, and the mistake it shows stops the build with the message it quotes', () => {
    type Answer = { text: string; says?: string[]; ages?: number[] }
    const finder: { questions: { answers: Answer[] }[] } = JSON.parse(readFileSync(join(ROOT, 'content/benefits/finder.json'), 'utf8'))
    const answer = (text: string) => finder.questions.flatMap((q) => q.answers).find((a) => a.text === text)!
    expect(answer('有人失业、找不到工作').says).toEqual(expect.arrayContaining(['失业', '下岗', '没活', '找不到工作']))
    expect(answer('60岁以上的老人').ages).toEqual([60, 79])
    const message = guide.match(/`(content\/benefits\/finder\.json 的答案[^`]*)`/)![1]
    answer('火灾、车祸等意外').says!.push('台风')
    expect(() => deriveSituations(finder)).toThrow(message)
  })
})
