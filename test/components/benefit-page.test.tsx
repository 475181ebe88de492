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
    expect(await screen.findByText(/2024年全国最低标准：财政补助每人不低于670元，个人缴费每人不低于400元。（这是全国标准，不是衡南本地标准）/)).toBeInTheDocument()
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
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/section/index?id=economy' })
  })

  it.each([{}, { id: 'dibao2' }, { id: '%%%' }, { id: 'DIBAO ' }])('handles %j', (params) => {
    pageHarness.reset(params)
    render(<BenefitPage />)
    if (params.id === 'DIBAO ') expect(screen.getByRole('heading', { level: 1, name: '最低生活保障' })).toBeInTheDocument()
    else expect(screen.getByRole('heading', { name: '未找到这项政策' })).toBeInTheDocument()
  })
})
