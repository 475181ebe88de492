import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageHarness } from '../support/taro'
import BenefitPage from '../../src/pages/benefit/index'

describe('benefit page', () => {
  it('reads top to bottom: who, what, how, what to bring, whom to ask, the 2024 figures', async () => {
    pageHarness.reset({ id: 'dibao' })
    render(<BenefitPage />)
    expect(screen.getByRole('heading', { level: 1, name: '最低生活保障' })).toBeInTheDocument()
    // Who can apply comes with the first render; the rest a task later.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['谁能申请'])
    await screen.findByRole('heading', { level: 2, name: '提醒' })
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['谁能申请', '能领到什么', '怎么申请', '要带什么', '找谁问', '花桥镇2024年做了什么', '政策依据', '提醒'])
    expect(screen.getByText('本地金额：标准以衡南县有关部门当年公布为准。')).toBeInTheDocument()
    expect(screen.getByText('947人')).toBeInTheDocument()
    expect(screen.getByText('报告原文：“发放低保947人”')).toBeInTheDocument()
    expect(screen.getByText('村（社区）委员会')).toBeInTheDocument()
  })

  it('shows national figures as national, with their year', async () => {
    pageHarness.reset({ id: 'medical-insurance' })
    render(<BenefitPage />)
    expect(await screen.findByText(/2026年度的保费（2025年秋冬交）：全国人均筹资1100元，其中财政补助700元，个人缴费400元。（这是全国标准，不是衡南本地标准）/)).toBeInTheDocument()
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.slice(0, 5)).toEqual(['谁能申请', '每年要交多少', '看病能报多少', '怎么申请', '在手机上交'])
  })

  it('dates every sourced statement, and warns on each once more than 12 months have passed on the phone', async () => {
    vi.useFakeTimers({ now: new Date(2027, 10, 4), toFake: ['Date'] }) // 11 months after the check
    pageHarness.reset({ id: 'dibao' })
    const { unmount } = render(<BenefitPage />)
    expect((await screen.findAllByText(/^依据：《社会救助暂行办法》 第9条 · 2026年12月核对$/)).length).toBeGreaterThan(0)
    expect(screen.queryByText('这条信息可能已经变了，办之前先打电话问')).toBeNull()
    unmount()
    vi.setSystemTime(new Date(2028, 0, 4)) // 13 months after
    render(<BenefitPage />)
    const warnings = await screen.findAllByText('这条信息可能已经变了，办之前先打电话问')
    expect(warnings.length).toBe(screen.getAllByText(/· 2026年12月核对$/).length)
    vi.useRealTimers()
  })

  it('要带什么 lists the papers one per line, naming their source once', async () => {
    pageHarness.reset({ id: 'tekun' })
    render(<BenefitPage />)
    await screen.findByRole('heading', { level: 2, name: '要带什么' })
    const list = screen.getByRole('heading', { level: 2, name: '要带什么' }).parentElement!
    expect([...list.querySelectorAll('.cited-list__text')].map((n) => n.textContent)).toEqual(['身份证明', '关于劳动能力、生活来源、财产、赡养情况的书面声明', '承诺书', '残疾人带上残疾人证', '签字授权核查'])
    expect([...list.querySelectorAll('.dated-source')].map((n) => n.textContent)).toEqual(['依据：《特困人员认定办法》 第10条 · 2026年12月核对'])
  })

  it('shares, calls 12345 and links back to the report section', async () => {
    pageHarness.reset({ id: 'farmland-subsidy' })
    const call = vi.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never)
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    render(<BenefitPage />)
    expect(pageHarness.shareAppMessage?.()).toEqual({ title: '耕地地力保护补贴：谁能申请、怎么办｜花桥镇惠民政策', path: '/pages/benefit/index?id=farmland-subsidy' })
    expect(pageHarness.shareTimeline?.()).toMatchObject({ query: 'id=farmland-subsidy' })
    fireEvent.click(await screen.findByRole('button', { name: '打 12345 咨询' }))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
    fireEvent.click(screen.getByText('出自「坚持围绕中心，推动经济发展」，看这一章 ›'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/section/index?id=economy&p=2' })
  })

  it.each([{}, { id: 'dibao2' }, { id: '%%%' }, { id: 'DIBAO ' }])('handles %j', (params) => {
    pageHarness.reset(params)
    render(<BenefitPage />)
    if (params.id === 'DIBAO ') expect(screen.getByRole('heading', { level: 1, name: '最低生活保障' })).toBeInTheDocument()
    else expect(screen.getByRole('heading', { name: '未找到这项政策' })).toBeInTheDocument()
  })
})
