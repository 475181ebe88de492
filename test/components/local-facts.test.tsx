// A benefit page and 我的 with the town's facts filled in: the sample set (test/fixtures, never shipped)
// stands in for src/data/local.json here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { pageHarness } from '../support/taro'
import { deriveLocal } from '../../scripts/content/derive-local.mjs'
import BenefitPage from '../../src/pages/benefit/index'
import MinePage from '../../src/pages/mine/index'
import { SettingsProvider } from '../../src/settings/settings-context'

vi.mock('../../src/data/local.json', () => ({
  default: deriveLocal(JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/local-facts.sample.json'), 'utf8'))),
}))

const openBenefit = async (id: string) => {
  pageHarness.reset({ id })
  const view = render(
    <SettingsProvider>
      <BenefitPage />
    </SettingsProvider>,
  )
  await screen.findByRole('heading', { level: 2, name: '找谁问' })
  return view
}
const block = (name: string) => screen.getByRole('heading', { level: 2, name }).parentElement!
const contactNames = () => [...block('找谁问').querySelectorAll('.contact-card__name')].map((n) => n.textContent)

describe('local facts the town has supplied (sample data)', () => {
  beforeEach(() => {
    localStorage.clear()
    vi.useFakeTimers({ now: new Date(2026, 11, 4), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('低保 shows the local amount with its year, when and where to apply and the papers to bring, each saying who supplied it and when', async () => {
    await openBenefit('dibao')
    expect(within(block('能领到什么')).getByText('2026年 （样例）农村低保标准：000元/人·月')).toBeInTheDocument()
    expect(within(block('能领到什么')).queryByText(/本地金额：标准以衡南县有关部门当年公布为准/)).toBeNull()
    expect(within(block('怎么申请')).getByText('什么时候办：（样例）随时可以申请')).toBeInTheDocument()
    expect(within(block('怎么申请')).getByText('到哪里办：（样例）镇便民服务中心社会救助窗口')).toBeInTheDocument()
    const papers = [...block('要带什么').querySelectorAll('.cited-list__text')].map((n) => n.textContent)
    expect(papers).toEqual(['户口簿', '身份证', '（样例）家庭收入情况说明'])
    // The list names who gave it and when once, under its last line.
    expect(within(block('要带什么')).getAllByText('依据：（样例）花桥镇便民服务中心 · 2026年11月核对')).toHaveLength(1)
    const town = within(block('找谁问')).getByText('花桥镇便民服务中心（镇政府统一受理窗口）').parentElement!
    expect(within(town).getByText('地址：（样例）花桥镇政府一楼便民服务中心')).toBeInTheDocument()
    expect(within(town).getByText(/^办公时间：（样例）周一至周五/)).toBeInTheDocument()
    expect(within(town).getByRole('button', { name: '拨打 0734-0000000' })).toBeInTheDocument()
  })

  it('a benefit the town has said nothing about keeps the honest wording', async () => {
    await openBenefit('farmland-subsidy')
    expect(within(block('能领到什么')).getByText('本地金额：标准以衡南县有关部门当年公布为准。')).toBeInTheDocument()
    expect(within(block('要带什么')).getByText('具体要带什么，以村（社区）委员会、镇便民服务中心告知为准。')).toBeInTheDocument()
  })

  it('the village is chosen once in 找谁问, comes first with its phone, and is remembered after a restart', async () => {
    const first = await openBenefit('dibao')
    expect(contactNames()[0]).toBe('村（社区）委员会')
    fireEvent.click(within(block('找谁问')).getByRole('button', { name: /龙海村/ }))
    expect(contactNames()[0]).toBe('龙海村（村（社区）委员会）')
    expect(contactNames()).not.toContain('村（社区）委员会')
    expect(within(block('找谁问')).getByRole('button', { name: '拨打 0734-0000001' })).toBeInTheDocument()
    first.unmount()
    await openBenefit('medical-insurance') // the app opened again: a new provider reads storage
    expect(contactNames()[0]).toBe('龙海村（村（社区）委员会）')
  })

  it('a village checked more than 12 months ago says it may have changed', async () => {
    localStorage.clear()
    await openBenefit('dibao')
    fireEvent.click(within(block('找谁问')).getByRole('button', { name: /黄竹町村/ }))
    const card = within(block('找谁问')).getByText('黄竹町村（村（社区）委员会）').parentElement!
    expect(within(card).getByText('这条信息可能已经变了，办之前先打电话问')).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: '拨打 13900000000' })).toBeInTheDocument()
  })

  it.each([['garbage{'], ['不存在的村'], ['']])('a stored choice of %j (corrupted, or a village since removed) is no choice', async (stored) => {
    localStorage.setItem('huaqiao.village', stored)
    await openBenefit('dibao')
    expect(contactNames()[0]).toBe('村（社区）委员会')
  })

  it('我的 offers the same choice, and a second tap clears it', () => {
    render(
      <SettingsProvider>
        <MinePage />
      </SettingsProvider>,
    )
    const group = screen.getByRole('group', { name: '我是哪个村' })
    fireEvent.click(within(group).getByRole('button', { name: /龙海村/ }))
    expect(within(group).getByRole('button', { name: /龙海村/ })).toHaveAttribute('aria-pressed', 'true')
    fireEvent.click(within(group).getByRole('button', { name: /龙海村/ }))
    expect(within(group).getByRole('button', { name: /龙海村/ })).toHaveAttribute('aria-pressed', 'false')
  })
})

describe('「发到群里」 with the town’s facts (sample data)', () => {
  it('names the villager’s own village with its phone first, and the local amount, documents and when and where to apply with who supplied them', async () => {
    const { benefitMessage, findBenefit } = await import('../../src/domain/benefits/details')
    const lines = benefitMessage(findBenefit('dibao')!, '龙海村').body
    expect(lines).toContain('找谁问：龙海村（村（社区）委员会），电话0734-0000001；花桥镇便民服务中心（镇政府统一受理窗口），电话0734-0000000；不清楚就打12345。')
    expect(lines).toContain('能领多少：2026年 （样例）农村低保标准：000元/人·月（（样例）花桥镇便民服务中心，2026年11月核对）。')
    expect(lines.find((l) => l.startsWith('要带什么：'))).toBe(
      '要带什么：户口簿（（样例）花桥镇便民服务中心，2026年11月核对）；身份证（（样例）花桥镇便民服务中心，2026年11月核对）；（样例）家庭收入情况说明（（样例）花桥镇便民服务中心，2026年11月核对）。',
    )
    expect(lines.find((l) => l.startsWith('怎么办：'))).toMatch(/^怎么办：什么时候办：（样例）随时可以申请（（样例）花桥镇便民服务中心，2026年11月核对）；到哪里办：/)
    expect(lines.join('\n')).not.toContain('标准以衡南县有关部门当年公布为准')
  })
})
