// The privacy scan must catch every form in which minified code can reach an API, know WeChat's
// privacy interfaces, and not cry wolf over Taro's harmless API lists.
import {
  DECLARED_PRIVACY_INTERFACES,
  WATCHED_APIS,
  WECHAT_PRIVACY_INTERFACES,
  classifyWeappUses,
  findApiUses,
  findDirectWxUses,
  findWebNetwork,
  privacyDeclarations,
  undeclaredPrivacyNames,
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

describe('privacy scan: the lists themselves', () => {
  // Written out on purpose: a name dropped from a list, or a category renamed, must fail here.
  const NEVER = ['request', 'uploadFile', 'downloadFile', 'connectSocket', 'sendSocketMessage', 'createUDPSocket', 'createTCPSocket', 'login', 'checkSession', 'getUserProfile', 'getUserInfo', 'reportAnalytics', 'reportEvent', 'reportMonitor']
  const CATEGORIES: [string, string][] = [
    ['getLocation', '位置信息'], ['getFuzzyLocation', '位置信息'], ['chooseLocation', '位置信息'], ['choosePoi', '位置信息'],
    ['startLocationUpdate', '位置信息'], ['startLocationUpdateBackground', '位置信息'], ['onLocationChange', '位置信息'],
    ['chooseAddress', '地址'], ['chooseInvoice', '发票信息'], ['chooseInvoiceTitle', '发票信息'], ['getWeRunData', '微信运动步数'],
    ['getPhoneNumber', '手机号'], ['getRealtimePhoneNumber', '手机号'], ['chooseLicensePlate', '车牌号'],
    ['startRecord', '麦克风'], ['getRecorderManager', '麦克风'], ['joinVoIPChat', '麦克风'], ['createCameraContext', '摄像头'], ['createVKSession', '摄像头'],
    ['openBluetoothAdapter', '蓝牙'], ['createBLEPeripheralServer', '蓝牙'], ['chooseImage', '照片或视频信息'], ['chooseMedia', '照片或视频信息'],
    ['chooseVideo', '照片或视频信息'], ['saveImageToPhotosAlbum', '相册（仅写入）权限'], ['saveVideoToPhotosAlbum', '相册（仅写入）权限'],
    ['chooseMessageFile', '选中的文件'], ['addPhoneContact', '通讯录（仅写入）权限'], ['addPhoneRepeatCalendar', '日历（仅写入）权限'],
    ['addPhoneCalendar', '日历（仅写入）权限'], ['setClipboardData', '剪切板'], ['getClipboardData', '剪切板'],
    ['startWifi', 'Wi-Fi 信息'], ['getWifiList', 'Wi-Fi 信息'], ['getConnectedWifi', 'Wi-Fi 信息'],
  ]

  it.each(NEVER)('%s is never allowed, in any form', (api) => {
    expect(classifyWeappUses([api]).problems).toEqual([`calls ${api}, which this app never uses`])
    expect(findApiUses(`(0,t.${api})({})`, WATCHED_APIS)).toEqual([api])
  })

  it('has WeChat\'s category for every privacy interface', () => {
    expect(Object.entries(WECHAT_PRIVACY_INTERFACES)).toEqual(CATEGORIES)
  })

  it('declares the clipboard write, with the reason, and nothing else', () => {
    expect(Object.keys(DECLARED_PRIVACY_INTERFACES)).toEqual(['setClipboardData'])
    expect(DECLARED_PRIVACY_INTERFACES.setClipboardData).toMatch(/复制/)
  })

  it('escapes $ in names, and finds every web network and sensor API by its exact spelling', () => {
    expect(findApiUses('a.$x(1);a.x(1)', ['$x'])).toEqual(['$x'])
    expect(findWebNetwork('fetch (u);new   WebSocket(u);new EventSource(u);getUserMedia({});importScripts ("a.js")')).toEqual([
      'fetch (',
      'new   WebSocket',
      'new EventSource',
      'getUserMedia',
      'importScripts (',
    ])
    expect(findWebNetwork('newWebSocket;newEventSource;fetcher(1)')).toEqual([])
  })

  it('flags every declaration key that means personal data or outside code', () => {
    expect(privacyDeclarations({ permission: 1, requiredPrivateInfos: 1, plugins: 1, requiredBackgroundModes: 1, __usePrivacyCheck__: true, pages: [] })).toEqual([
      'permission',
      'requiredPrivateInfos',
      'plugins',
      'requiredBackgroundModes',
      '__usePrivacyCheck__',
    ])
  })

  it('does not count an API that is neither forbidden nor a privacy interface', () => {
    expect(classifyWeappUses(['showToast', 'makePhoneCall'])).toEqual({ problems: [], declared: [] })
  })
})

describe('privacy scan: names of privacy interfaces anywhere in the package (WeChat reads them as uses)', () => {
  it('finds an undeclared interface named only as data, as in Taro’s API lists', () => {
    expect(undeclaredPrivacyNames('new Set(["addPhoneContact","authorize","getLocation"])')).toEqual(['getLocation', 'addPhoneContact'])
  })

  it('finds a name in a template or a string, with $ or word edges around it', () => {
    expect(undeclaredPrivacyNames('<button bindtap="chooseImage">')).toEqual(['chooseImage'])
    expect(undeclaredPrivacyNames('$getWeRunData$')).toEqual([])
  })

  it('lets the declared clipboard write through, and a longer name is not the interface', () => {
    expect(undeclaredPrivacyNames('wx.setClipboardData({data:1})')).toEqual([])
    expect(undeclaredPrivacyNames('getLocationName getLocation_ xgetLocation')).toEqual([])
    expect(undeclaredPrivacyNames('wx.getClipboardData()')).toEqual(['getClipboardData'])
  })
})
