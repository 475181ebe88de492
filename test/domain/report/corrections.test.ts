import { correctionGroups, describeChange } from '../../../src/domain/report/corrections'

describe('校勘说明 groups', () => {
  it('lists every kind of change with its reason and count, in a fixed order', () => {
    const groups = correctionGroups()
    expect(groups.map((g) => [g.name, g.count])).toEqual([
      ['繁体转简体', null],
      ['繁体转换错字', 42],
      ['简体用字', 2],
      ['模板占位符', 3],
      ['隐去个人姓名', 1],
      ['标点', 275],
      ['删除网页残留', 1],
    ])
    for (const g of groups) expect(g.why.length).toBeGreaterThan(10)
  })

  it('says where each itemised change is, in words a reader knows', () => {
    const placeholders = correctionGroups().find((g) => g.kind === 'placeholder')!.items
    expect(placeholders.map((p) => p.where)).toEqual(['开篇：一年来总的情况', '当前工作存在的问题和不足', '2025年总体要求'])
    const removal = correctionGroups().find((g) => g.kind === 'removal')!.items[0]
    expect(removal.before).toBe('附件下載:')
    expect(removal.where).toBe('文末')
  })
})

describe('correction places', () => {
  it('groups each kind\'s changes by place, in reading order, losing none', () => {
    for (const group of correctionGroups()) {
      expect(group.places.flatMap((p) => p.items).map((i) => `${i.line}/${i.offset}`)).toEqual(group.items.map((i) => `${i.line}/${i.offset}`))
      const wheres = group.places.map((p) => p.where)
      for (let i = 1; i < wheres.length; i++) expect(wheres[i]).not.toBe(wheres[i - 1])
    }
    const conversion = correctionGroups().find((g) => g.kind === 'conversion')!
    expect(conversion.places.length).toBeLessThan(conversion.items.length)
  })
})

describe('a private name in the report (平安建设)', () => {
  const privacy = correctionGroups().find((g) => g.kind === 'privacy')!
  it('is listed as 陈某 with its reason in plain words, and the name itself is not written anywhere in the log', () => {
    expect(privacy.why).toContain('为保护个人隐私，原文中的个人姓名改为"陈某"')
    expect(privacy.items).toHaveLength(1)
    const [item] = privacy.items
    expect(item).toMatchObject({ after: '陈某', before: '', withheld: 3, where: '聚焦平安建设，强化基层治理' })
    expect(item.contextBefore + item.after + item.contextAfter).toContain('有效化解陈某30年信访案')
    expect(describeChange(item, (x) => x)).toBe('原文是群众的姓名 → 改为「陈某」')
  })
  it('other changes still show the original characters', () => {
    const conversion = correctionGroups().find((g) => g.kind === 'conversion')!.items[0]
    expect(describeChange(conversion, (x) => x)).toBe(`原文「${conversion.before}」→ 改为「${conversion.after}」`)
  })
  it('a removal says what was taken out, in the reader’s script', () => {
    const removal = { ...correctionGroups().find((g) => g.kind === 'conversion')!.items[0], before: '关键词2', after: '' }
    expect(describeChange(removal, (x) => x)).toBe('删去「关键词2」')
    expect(describeChange(removal, (x) => `[${x}]`)).toBe('[删去]「关键词2」')
    expect(describeChange({ ...removal, after: '花桥' }, (x) => `[${x}]`)).toBe('[原文]「关键词2」→ [改为]「花桥」')
  })
})

describe('changes by place', () => {
  it('gathers the changes made in one place into one card, in reading order, and never splits a place it returns to next', () => {
    for (const group of correctionGroups()) {
      expect(group.places.flatMap((p) => p.items)).toEqual(group.items.map(({ where: _where, ...item }) => item))
      group.places.forEach((place, i) => {
        expect(place.where === group.places[i - 1]?.where, `${group.kind}: ${place.where}`).toBe(false)
        for (const item of place.items) expect(group.items.find((x) => x.line === item.line && x.before === item.before)?.where).toBe(place.where)
      })
    }
    const conversion = correctionGroups().find((g) => g.kind === 'conversion')!
    expect(conversion.places.length).toBeGreaterThan(1)
    expect(conversion.places.length).toBeLessThan(conversion.items.length)
  })
})
