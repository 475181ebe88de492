// The privacy scan must catch what it is meant to catch (and not Taro's harmless API list).
import { findDirectWxCalls, findWebNetwork, findWxCalls, privacyDeclarations } from '../../scripts/lib/privacy-scan.mjs'

describe('privacy scan of built code', () => {
  it.each([
    ['t().request({url:"https://x"})', 'request'],
    ['wx.getLocation({type:"wgs84"})', 'getLocation'],
    ['a.default.getUserProfile ({desc:1})', 'getUserProfile'],
    ['x.chooseImage()', 'chooseImage'],
    ['j().getClipboardData({})', 'getClipboardData'],
  ])('finds %s', (code, api) => {
    expect(findWxCalls(code)).toContain(api)
  })

  it('ignores API names that are not calls, and allowed calls', () => {
    expect(findWxCalls('var apis=["request","getLocation"];t().setClipboardData({data:1});t().makePhoneCall({})')).toEqual([])
  })

  it('finds direct wx calls even in framework code', () => {
    expect(findDirectWxCalls('wx.request({})')).toEqual(['request'])
    expect(findDirectWxCalls('wx[name]()')).toEqual([])
  })

  it('finds web network and sensor APIs', () => {
    expect(findWebNetwork('fetch("/api");new XMLHttpRequest();navigator.sendBeacon(u);new WebSocket(u);navigator.geolocation.watch()')).toEqual([
      'fetch(',
      'XMLHttpRequest',
      'sendBeacon',
      'new WebSocket',
      'navigator.geolocation',
    ])
    expect(findWebNetwork('const prefetch = 1; refetchLater')).toEqual([])
  })

  it('flags privacy declarations in app.json', () => {
    expect(privacyDeclarations({ pages: [], permission: {}, requiredPrivateInfos: ['getLocation'] })).toEqual(['permission', 'requiredPrivateInfos'])
    expect(privacyDeclarations({ pages: [] })).toEqual([])
  })
})
