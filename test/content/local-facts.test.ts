// @vitest-environment node
// The town's own facts: every mistake a clerk can make stops the content build with a message naming
// the file, the entry and what to write instead; good entries ship as written.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deriveLocal, localFactProblems, readDay } from '../../scripts/content/derive-local.mjs'
import { deriveAll } from '../../scripts/content/derive-all.mjs'

const ROOT = process.cwd()
const SAMPLE = 'test/fixtures/local-facts.sample.json'
const sample = () => JSON.parse(readFileSync(join(ROOT, SAMPLE), 'utf8'))
const benefits = [
  { id: 'dibao', name: '最低生活保障' },
  { id: 'medical-insurance', name: '城乡居民基本医疗保险' },
]
const today = new Date(2026, 11, 4)
const check = (facts: unknown) => localFactProblems(facts, { file: 'content/local/local-facts.json', today, benefits })
const village = (over = {}) => ({ name: '龙海村', phone: '0734-0000001', suppliedBy: '龙海村村委会', checked: '2026-11-20', ...over })
const dibao = (over = {}) => ({
  amounts: [{ label: '农村低保标准', amount: '000', unit: '元/月', year: 2026 }],
  suppliedBy: '花桥镇便民服务中心',
  checked: '2026-11-20',
  ...over,
})

describe('the town’s local facts', () => {
  it('the shipped file has no entry at all, and the sample set passes every rule', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'content/local/local-facts.json'), 'utf8'))
    expect([Object.keys(shipped.offices), shipped.villages, Object.keys(shipped.benefits)]).toEqual([[], [], []])
    expect(check(sample())).toEqual([])
  })

  it.each([
    [
      'a phone that is neither a landline nor a mobile',
      { villages: [village({ phone: '0000' })] },
      /村（社区）「龙海村」：电话 "0000" 不对：座机写成 0734-1234567/,
    ],
    ['a landline without its dash', { villages: [village({ phone: '07340000001' })] }, /电话 "07340000001" 不对/],
    ['a mobile with a space', { villages: [village({ phone: '139 0000 0000' })] }, /电话 "139 0000 0000" 不对/],
    ['a check date in the future', { villages: [village({ checked: '2026-12-05' })] }, /核对日期 2026-12-05 还没到（今天是 2026-12-0[34]）/],
    ['a check date that is not a day', { villages: [village({ checked: '2026-02-30' })] }, /核对日期 "checked" 写的是 "2026-02-30"，要写成 2026-11-20/],
    ['no source', { villages: [village({ suppliedBy: '' })] }, /没有写是谁提供的。请加上 "suppliedBy"/],
    ['no village name', { villages: [village({ name: ' ' })] }, /"villages" 第 1 个：没有写村（社区）的名字/],
    ['a village twice', { villages: [village(), village()] }, /「龙海村」：这个名字写了两次/],
    ['a village with nothing to say', { villages: [{ name: '龙海村', suppliedBy: 'x', checked: '2026-11-20' }] }, /电话、地址、办公时间一样都没有写/],
    [
      'an office the app does not know',
      { offices: { county: { phone: '0734-0000000', suppliedBy: 'x', checked: '2026-11-20' } } },
      /"offices" 里的 "county"：不认识这个单位。现在只能写 "town"（镇便民服务中心）/,
    ],
    [
      'an amount without its unit',
      { benefits: { dibao: dibao({ amounts: [{ label: '农村低保标准', amount: '000', year: 2026 }] }) } },
      /最低生活保障（dibao）：第 1 个金额没有写单位/,
    ],
    [
      'an amount without its year',
      { benefits: { dibao: dibao({ amounts: [{ label: '农村低保标准', amount: '000', unit: '元/月' }] }) } },
      /第 1 个金额没有写是哪一年的标准/,
    ],
    [
      'an amount in words',
      { benefits: { dibao: dibao({ amounts: [{ label: '农村低保标准', amount: '五百', unit: '元/月', year: 2026 }] }) } },
      /"amount" 写的是 "五百"，只写数字/,
    ],
    [
      'an amount without saying what it is',
      { benefits: { dibao: dibao({ amounts: [{ amount: '000', unit: '元/月', year: 2026 }] }) } },
      /没有写是什么钱（"label"/,
    ],
    [
      'a benefit id that does not exist',
      { benefits: { dibao2: dibao() } },
      /"benefits" 里的 "dibao2"：没有这个编号的政策。能用的编号有：dibao（最低生活保障）/,
    ],
    ['a benefit entry with nothing in it', { benefits: { dibao: { suppliedBy: 'x', checked: '2026-11-20' } } }, /金额、办理时间、办理地点、材料一样都没有写/],
    ['an empty document', { benefits: { dibao: dibao({ documents: ['户口簿', ''] }) } }, /"documents" 要写成材料名称的列表/],
    ['a benefit entry without a source', { benefits: { dibao: dibao({ suppliedBy: undefined }) } }, /最低生活保障（dibao）：没有写是谁提供的/],
  ])('stops on %s, saying where and what to write', (_case, facts, message) => {
    const problems = check(facts)
    expect(problems.join('\n')).toMatch(message)
    expect(problems.every((p) => p.startsWith('content/local/local-facts.json，'))).toBe(true)
  })

  it('reads only real calendar days', () => {
    expect(readDay('2026-11-20')?.getDate()).toBe(20)
    for (const bad of ['2026-02-30', '2026-13-01', '26-11-20', 20261120, null]) expect(readDay(bad)).toBeNull()
  })

  it('ships the sample as written, with who supplied each entry and when', () => {
    const local = deriveLocal(sample())
    expect(local.villages.map((v: { name: string; phone: string }) => [v.name, v.phone])).toEqual([
      ['龙海村', '0734-0000001'],
      ['黄竹町村', '13900000000'],
    ])
    expect(local.benefits.dibao).toMatchObject({
      documents: ['户口簿', '身份证', '（样例）家庭收入情况说明'],
      suppliedBy: '（样例）花桥镇便民服务中心',
      checked: '2026-11-20',
    })
    expect(local.offices.town.address).toBe('（样例）花桥镇政府一楼便民服务中心')
  })

  it('a mistake in the town’s file stops the whole content build, and nothing is written', async () => {
    await expect(deriveAll(ROOT, { localFacts: SAMPLE, today: new Date(2026, 10, 1) })).rejects.toThrow(
      /本地信息有 \d+ 处要改，改好之前什么都不会更新：[\s\S]*核对日期 2026-11-20 还没到/,
    )
  })

  it('a file that is not valid JSON (a trailing comma, Chinese quotes) stops with where and what to look for, in Chinese', async () => {
    const root = mkdtempSync(join(tmpdir(), 'town-'))
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true })
    symlinkSync(join(ROOT, 'src'), join(root, 'src'))
    writeFileSync(join(root, 'content/local/local-facts.json'), '{\n  "offices": {},\n  "villages": [],\n  "benefits": {},\n}\n')
    try {
      await expect(deriveAll(root)).rejects.toThrow(
        /content\/local\/local-facts.json 的格式不对，第 5 行附近有问题，什么都没有更新。最常见的是：最后一项后面多了一个逗号/,
      )
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
