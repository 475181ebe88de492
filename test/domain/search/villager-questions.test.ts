// The one search box asked the way villagers ask (issue 37): ages, family events and spoken questions,
// with and without 吗/呢/啊/？. Each row says what comes first and the reason shown for it: a situation
// gives the finder's own reason (content/benefits/finder.json), a name gives 「也叫」 or nothing.
import finderContent from '../../../content/benefits/finder.json'
import { searchMessage, searchSite, siteHitNote } from '../../../src/domain/search/site-search'
import { normalizeQuery } from '../../../src/domain/search/search'

/** The finder's reason for a benefit (its n-th rule for that benefit). */
const reason = (benefit: string, n = 0) => finderContent.rules.filter((r) => r.benefit === benefit)[n].reason
const R = {
  pension: reason('pension'),
  elderly: reason('elderly-allowance'),
  childcare: reason('childcare-subsidy'),
  yulu: reason('yulu'),
  orphan: reason('orphan'),
  housing: reason('housing-repair'),
  disaster: reason('disaster-relief'),
  temporary: reason('temporary-relief'),
  dibao: reason('dibao'),
  illness: reason('medical-insurance', 1),
  assistance: reason('medical-assistance'),
  job: reason('employment-aid'),
  care: reason('disability-care'),
  living: reason('disability-living'),
  water: reason('drinking-water'),
  farmland: reason('farmland-subsidy'),
  rice: reason('rice-subsidy'),
  cotton: reason('cotton-subsidy'),
}

const listed = (q: string) => searchSite(q).benefits
const firstOf = (q: string) => {
  const [hit] = listed(q)
  return hit ? [hit.entry.id, siteHitNote(hit)] : []
}

// [what a villager types, what comes first, the reason shown for it (null: named, no note)]
const ROWS: [string, string, string | null][] = [
  // Ages, in figures and in words.
  ['我今年68岁能领多少钱', 'pension', R.pension],
  ['68岁', 'pension', R.pension],
  ['68岁？', 'pension', R.pension],
  ['六十八岁了有什么补贴吗', 'pension', R.pension],
  ['我妈六十多了', 'pension', R.pension],
  ['60岁以后每个月能领多少', 'pension', R.pension],
  ['七十五岁的老人每个月有钱领吗', 'pension', R.pension],
  ['我爸七十了能领什么呢', 'pension', R.pension],
  ['六十来岁的人有什么补助啊', 'pension', R.pension],
  ['八十岁', 'elderly-allowance', R.elderly],
  ['我爸85岁了能领什么', 'elderly-allowance', R.elderly],
  ['奶奶九十多了有没有钱领', 'elderly-allowance', R.elderly],
  ['家里有个八十多岁的老人', 'elderly-allowance', R.elderly],
  ['宝宝两岁有补贴吗', 'childcare-subsidy', R.childcare],
  ['孩子1岁能领什么', 'childcare-subsidy', R.childcare],
  // Life events.
  ['老人每个月有钱领', 'pension', R.pension],
  ['老人每个月有钱领吗？', 'pension', R.pension],
  ['上了年纪有什么补贴', 'pension', R.pension],
  ['孩子刚出生有什么补贴', 'childcare-subsidy', R.childcare],
  ['孩子刚出生有什么补贴吗', 'childcare-subsidy', R.childcare],
  ['刚生了孩子能领钱吗', 'childcare-subsidy', R.childcare],
  ['生了二胎有补贴吗', 'childcare-subsidy', R.childcare],
  ['坐月子有没有补助', 'childcare-subsidy', R.childcare],
  ['家里添了个宝宝', 'childcare-subsidy', R.childcare],
  ['孩子上职校有没有补助', 'yulu', R.yulu],
  ['孩子读中职能不能领补助啊', 'yulu', R.yulu],
  ['孩子考上技校了有补贴吗', 'yulu', R.yulu],
  ['读职高有什么补助呢', 'yulu', R.yulu],
  ['爸妈都不在了孩子怎么办', 'orphan', R.orphan],
  ['孩子没爹没妈谁来管', 'orphan', R.orphan],
  ['房子漏雨怎么办', 'housing-repair', R.housing],
  ['房子要倒了', 'housing-repair', R.housing],
  ['房子要倒了怎么办啊', 'housing-repair', R.housing],
  ['老房子裂了能申请什么', 'housing-repair', R.housing],
  ['土坯房能不能改造', 'housing-repair', R.housing],
  ['发大水房子被淹了', 'disaster-relief', R.disaster],
  ['家里遭了洪水', 'disaster-relief', R.disaster],
  ['台风把房子吹坏了', 'disaster-relief', R.disaster],
  ['着火了房子烧了', 'temporary-relief', R.temporary],
  ['没收入怎么办', 'dibao', R.dibao],
  ['家里没钱吃饭', 'dibao', R.dibao],
  ['日子过不下去了', 'dibao', R.dibao],
  ['住院能报多少', 'medical-insurance', R.illness],
  ['看病能报销吗', 'medical-insurance', R.illness],
  ['得了大病怎么办', 'medical-insurance', R.illness],
  ['做手术花了很多钱', 'medical-insurance', R.illness],
  ['孩子10岁看病能报吗', 'medical-insurance', R.illness],
  ['生病住院没钱', 'medical-assistance', R.assistance],
  ['打工没活干', 'employment-aid', R.job],
  ['失业了能领钱吗', 'employment-aid', R.job],
  ['找不到工作怎么办', 'employment-aid', R.job],
  ['厂里关门了没工作', 'employment-aid', R.job],
  ['瘫痪在床有补贴吗', 'disability-care', R.care],
  ['一级残疾能领什么', 'disability-care', R.care],
  ['有残疾证能领多少钱', 'disability-living', R.living],
  ['井干了没水喝', 'drinking-water', R.water],
  ['种田有什么补贴', 'farmland-subsidy', R.farmland],
  ['种地一亩补多少钱', 'farmland-subsidy', R.farmland],
  ['种水稻有补贴吗', 'rice-subsidy', R.rice],
  ['种棉花有补贴吗', 'cotton-subsidy', R.cotton],
  // Names come first, and say only what they are also called.
  ['家里老人90岁有没有高龄补贴', 'elderly-allowance', '也叫「高龄补贴」'],
  ['孩子1岁能领育儿补贴吗', 'childcare-subsidy', null],
  ['我们村的低保怎么办', 'dibao', '也叫「低保」'],
  ['低保怎么申请呢', 'dibao', '也叫「低保」'],
  ['新农合今年交多少钱啊', 'medical-insurance', '也叫「新农合」'],
  ['吃水不方便', 'drinking-water', '也叫「吃水」'],
]

describe('questions as villagers ask them: the first thing listed, and why', () => {
  it.each(ROWS)('%s → %s', (question, first, note) => {
    expect(firstOf(question)).toEqual([first, note])
  })

  it('lists each benefit once', () => {
    for (const [question] of ROWS) {
      const ids = listed(question).map((hit) => hit.entry.id)
      expect(new Set(ids).size, question).toBe(ids.length)
    }
  })

  it('has at least 60 of them', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60)
  })

  it('every reason shown is the finder’s, or names what was typed (or the content’s name that contains it)', () => {
    const reasons = new Set(finderContent.rules.map((r) => r.reason))
    for (const [question] of ROWS) {
      const typed = normalizeQuery(question, {}, 200)
      for (const hit of listed(question)) {
        const note = siteHitNote(hit)
        const named = note?.match(/^(?:也叫|和)「(.+)」(?:有关)?$/)?.[1]
        if (note === null || reasons.has(note)) continue
        expect(named, `${question}: ${note}`).toBeDefined()
        const shares = [...named!].some((_, i) => i + 2 <= named!.length && typed.includes(named!.slice(i, i + 2)))
        expect(shares, `${question}: 「${named}」 was not typed`).toBe(true)
      }
    }
  })
})

describe('the issue’s own questions', () => {
  const ids = (q: string) => listed(q).map((hit) => hit.entry.id)

  it('「老人每个月有钱领」 lists 养老保险 first, and no sentence about 商贩占道经营', () => {
    expect(ids('老人每个月有钱领')[0]).toBe('pension')
    expect(searchSite('老人每个月有钱领').report.map((h) => h.sentence.text).join()).not.toMatch(/占道经营/)
  })

  it('「孩子上职校有没有补助」 lists 雨露计划 first and never labels 特困 with 「没有子女」', () => {
    const hits = listed('孩子上职校有没有补助')
    expect(hits[0].entry.id).toBe('yulu')
    expect(hits.map(siteHitNote).join()).not.toMatch(/没有子女/)
  })

  it('「68岁」 finds the benefits of a 60-year-old (养老金, 医保), and no report figure 68', () => {
    expect(ids('68岁').slice(0, 3)).toEqual(['pension', 'tekun', 'medical-insurance'])
    expect(searchSite('我今年68岁能领多少钱').report).toEqual([])
  })

  it('「一亩多少钱」 offers what was paid out with an area, never a profit', () => {
    const sentences = searchSite('一亩多少钱').report.map((h) => h.sentence.text)
    expect(sentences.length).toBeGreaterThan(0)
    for (const s of sentences) expect(s).toMatch(/亩.*(发放|补贴)/)
    expect(sentences.join()).not.toMatch(/利润/)
  })

  it('a long paste that names 低保 lists 低保 first, then the other benefits it names, in its order, and no word it never typed', () => {
    const paste =
      '【转发】各位乡亲注意：村里通知，今年的低保要重新审核了。我妈今年80多了，一个人住在老屋里，腿脚不方便，之前申请过低保但是没批下来，' +
      '现在想再问一下，要准备什么材料，到哪里去办？村委会说要到镇上去问，镇上又说要先找村里，我们也搞不清楚。有没有人知道低保现在一个月能领多少钱？' +
      '还有高龄补贴是不是也能一起申请？另外老屋下雨天漏雨，能不能申请危房改造？谢谢大家帮忙看看，麻烦转给懂的人！在外面打工的子女也可以看看。'
    expect(paste.length).toBeGreaterThan(200)
    const hits = listed(paste)
    expect(hits.slice(0, 3).map((h) => h.entry.id)).toEqual(['dibao', 'elderly-allowance', 'housing-repair'])
    expect(hits.map(siteHitNote).join()).not.toMatch(/生活不能自理|80岁」/)
    // The report: the sentences about what it names (低保, 高龄补贴, 危房), not the plan's openings for its 「准备」.
    const report = searchSite(paste).report.map((h) => h.sentence.text)
    expect(report[0]).toMatch(/发放低保947人/)
    expect(report.join()).not.toMatch(/贯彻新发展理念/)
  })
})

describe('names, situations and the report together', () => {
  const ids = (q: string) => listed(q).map((hit) => hit.entry.id)

  it('a benefit named comes first, then the others the situation gives, each once', () => {
    expect(ids('家里老人90岁有没有高龄补贴').slice(0, 3)).toEqual(['elderly-allowance', 'pension', 'tekun'])
  })

  it('a situation the report does not speak of finds no report sentence; one it names does', () => {
    expect(searchSite('没收入怎么办').report).toEqual([])
    expect(searchSite('六十八岁了有什么补贴吗').report).toEqual([])
    expect(searchSite('台风把房子吹坏了').report.map((h) => h.sentence.text).join()).toMatch(/台风/)
    expect(searchSite('发大水').report[0].sentence.text).toMatch(/台风“格美”/)
  })

  it('a question of 40 characters is read in pieces; a paste with no benefit named is read for the report’s own words', () => {
    expect(searchSite(`招商引资${'的'.repeat(36)}`).report.length).toBeGreaterThan(0)
    const paste = `村里的湘黄鸡卖得好不好${'，大家都在说这个事情'.repeat(20)}`
    expect(searchSite(paste).report[0].sentence.text).toMatch(/湘黄鸡/)
  })

  it('a search sent to the group lists at most five benefits and five report sentences', () => {
    const results = { benefits: searchSite('补贴').benefits, report: searchSite('发放').report }
    expect([results.benefits.length, results.report.length].every((n) => n > 5)).toBe(true)
    const message = searchMessage('补贴', results, '花桥镇 · 政务公开')
    expect(message.body.filter((l) => l.startsWith('· 惠民政策：'))).toHaveLength(5)
    expect(message.body.filter((l) => l.startsWith('· 报告里说：'))).toHaveLength(5)
  })
})
