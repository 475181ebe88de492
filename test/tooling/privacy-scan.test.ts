// The privacy scan must catch every form in which minified code can reach an API, know WeChat's
// privacy interfaces, and not cry wolf over Taro's harmless API lists.
import {
  WATCHED_APIS,
  WECHAT_PRIVACY_INTERFACES,
  classifyWeappUses,
  findApiUses,
  findDirectWxUses,
  findWebNetwork,
  privacyDeclarations,
} from '../../scripts/lib/privacy-scan.mjs'

describe('privacy scan: every call form webpack emits', () => {
  it.each([
    ['a method on wx', 'wx.getLocation({type:"wgs84"})', 'getLocation'],
    ['a method on Taro', 't().request({url:"https://x"})', 'request'],
    ['spaces before the call', 'a.default.getUserProfile ({desc:1})', 'getUserProfile'],
    ['a named import from @tarojs/taro', '(0,n.getLocation)({})', 'getLocation'],
    ['a named import, spaced', '(0, n.chooseImage)()', 'chooseImage'],
    ['a computed member, double quotes', 'n["getLocation"]({})', 'getLocation'],
    ["a computed member, single quotes", "n['chooseMedia']({})", 'chooseMedia'],
    ['a computed member, template string', 'n[`getPhoneNumber`]()', 'getPhoneNumber'],
    ['an alias taken from the member', 'var g=n.getClipboardData;g({})', 'getClipboardData'],
    ['a re-exported alias', 'r.d(t,{where:function(){return n.getFuzzyLocation}})', 'getFuzzyLocation'],
    ['an alias compared, not assigned', 'n.login==x', 'login'],
  ])('finds %s', (_form, code, api) => {
    expect(findApiUses(code, WATCHED_APIS)).toEqual([api])
  })

  it.each([
    ['API names kept as data', 'var apis=["request","getLocation"]'],
    ['a property assigned that name', 'e.request=u;e.login = 1'],
    ['a longer name', 'x.requestAnimationFrame(f);x.getLocationName()'],
    ['allowed calls', 't().makePhoneCall({});t().showToast({})'],
  ])('ignores %s', (_what, code) => {
    expect(findApiUses(code, WATCHED_APIS)).toEqual([])
  })

  it('finds direct wx uses in framework code, and nothing else there', () => {
    expect(findDirectWxUses('wx.request({});wx["getLocation"]({});wx . login()', WATCHED_APIS)).toEqual(['request', 'getLocation', 'login'])
    expect(findDirectWxUses('wx[name]();var l=["request"];t.request', WATCHED_APIS)).toEqual([])
  })
})

describe('privacy scan: WeChat privacy interfaces', () => {
  it('knows the clipboard is one (剪切板, since 2023-09-15), with location, album, phone number and camera', () => {
    expect(WECHAT_PRIVACY_INTERFACES).toMatchObject({
      setClipboardData: '剪切板',
      getClipboardData: '剪切板',
      getLocation: '位置信息',
      saveImageToPhotosAlbum: '相册（仅写入）权限',
      getPhoneNumber: '手机号',
      createCameraContext: '摄像头',
    })
  })

  it('accepts the declared clipboard write, and reports it as a privacy interface', () => {
    expect(classifyWeappUses(['setClipboardData', 'setClipboardData'])).toEqual({ problems: [], declared: ['setClipboardData'] })
  })

  it('fails an undeclared privacy interface, naming its category', () => {
    expect(classifyWeappUses(['getClipboardData']).problems).toEqual([
      'calls getClipboardData, a WeChat privacy interface (剪切板) that DECLARED_PRIVACY_INTERFACES does not list',
    ])
    expect(classifyWeappUses(['chooseImage']).problems[0]).toMatch(/照片或视频信息/)
  })

  it('fails a network, login or analytics API outright', () => {
    expect(classifyWeappUses(['request', 'login', 'reportAnalytics']).problems).toEqual([
      'calls request, which this app never uses',
      'calls login, which this app never uses',
      'calls reportAnalytics, which this app never uses',
    ])
  })
})

describe('privacy scan: web build and app.json', () => {
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
