// Static privacy scan of built code. Two lists:
// - APIs the app must never use: network, login and analytics, and personal data outside WeChat's list.
// - WeChat's privacy interfaces (用户隐私保护指引): an app may call one only if its 用户隐私保护指引
//   declares the category. Which ones this app uses, and why, is DECLARED_PRIVACY_INTERFACES.

export const NETWORK_APIS = ['request', 'uploadFile', 'downloadFile', 'connectSocket', 'sendSocketMessage', 'createUDPSocket', 'createTCPSocket']

/** Never used by this app, whether or not WeChat lists them as privacy interfaces. */
export const FORBIDDEN_APIS = [...NETWORK_APIS, 'login', 'checkSession', 'getUserProfile', 'getUserInfo', 'reportAnalytics', 'reportEvent', 'reportMonitor']

/**
 * WeChat's privacy interfaces with their 用户隐私保护指引 category, after WeChat's 隐私协议开发指南
 * (接口与隐私信息类型, in force since 2023-09-15). The clipboard was checked again on 2026-11-29
 * (shared/reference/ux-standards.md). Keep in step with WeChat's page when it changes.
 */
export const WECHAT_PRIVACY_INTERFACES = {
  getLocation: '位置信息',
  getFuzzyLocation: '位置信息',
  chooseLocation: '位置信息',
  choosePoi: '位置信息',
  startLocationUpdate: '位置信息',
  startLocationUpdateBackground: '位置信息',
  onLocationChange: '位置信息',
  chooseAddress: '地址',
  chooseInvoice: '发票信息',
  chooseInvoiceTitle: '发票信息',
  getWeRunData: '微信运动步数',
  getPhoneNumber: '手机号',
  getRealtimePhoneNumber: '手机号',
  chooseLicensePlate: '车牌号',
  startRecord: '麦克风',
  getRecorderManager: '麦克风',
  joinVoIPChat: '麦克风',
  createCameraContext: '摄像头',
  createVKSession: '摄像头',
  openBluetoothAdapter: '蓝牙',
  createBLEPeripheralServer: '蓝牙',
  chooseImage: '照片或视频信息',
  chooseMedia: '照片或视频信息',
  chooseVideo: '照片或视频信息',
  saveImageToPhotosAlbum: '相册（仅写入）权限',
  saveVideoToPhotosAlbum: '相册（仅写入）权限',
  chooseMessageFile: '选中的文件',
  addPhoneContact: '通讯录（仅写入）权限',
  addPhoneRepeatCalendar: '日历（仅写入）权限',
  addPhoneCalendar: '日历（仅写入）权限',
  setClipboardData: '剪切板',
  getClipboardData: '剪切板',
  startWifi: 'Wi-Fi 信息',
  getWifiList: 'Wi-Fi 信息',
  getConnectedWifi: 'Wi-Fi 信息',
}

/**
 * The privacy interfaces this app calls, each with why. The README's publishing steps tell the
 * maintainer to declare these categories in the mini-program's 用户隐私保护指引; the app also works
 * when WeChat refuses them (src/platform/clipboard.ts).
 */
export const DECLARED_PRIVACY_INTERFACES = {
  setClipboardData: '复制全文 and 发到群里 put the section text or the page’s group message on the clipboard, to paste into a chat',
}

const escape = (name) => name.replace(/[$]/g, '\\$')

/**
 * Every use of the named APIs in minified code, in each form webpack emits: `wx.x(`, `t().x(`,
 * `(0,n.x)(` (a named import), `n["x"](`, and an alias taken from the member (`var g=n.x`).
 */
export function findApiUses(code, names) {
  const alternatives = names.map(escape).join('|')
  // Not an assignment to a property of that name (webpack's loader sets `error.request = url`).
  const member = new RegExp(`\\.\\s*(${alternatives})(?![\\w$])(?!\\s*=[^=])`, 'g')
  const bracket = new RegExp(`\\[\\s*(["'\`])(${alternatives})\\1\\s*\\]`, 'g')
  return [...[...code.matchAll(member)].map((m) => m[1]), ...[...code.matchAll(bracket)].map((m) => m[2])]
}

/** Uses of the named APIs on the wx object itself, in any form: framework code lists API names as data, so only wx.x counts there. */
export function findDirectWxUses(code, names) {
  const alternatives = names.map(escape).join('|')
  const re = new RegExp(`\\bwx\\s*(?:\\.\\s*(${alternatives})(?![\\w$])|\\[\\s*(["'\`])(${alternatives})\\2\\s*\\])`, 'g')
  return [...code.matchAll(re)].map((m) => m[1] ?? m[3])
}

/**
 * The undeclared privacy interfaces whose names appear anywhere in `code`, framework files included:
 * WeChat's review reads a name in the package as a use, called or not (NervJS/taro#11764).
 */
export function undeclaredPrivacyNames(code) {
  const names = Object.keys(WECHAT_PRIVACY_INTERFACES).filter((name) => !(name in DECLARED_PRIVACY_INTERFACES))
  return names.filter((name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`).test(code))
}

const WEB_NETWORK = /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|new\s+EventSource|navigator\.geolocation|getUserMedia|importScripts\s*\(/g

/** Network and sensor APIs in web code. */
export function findWebNetwork(code) {
  return [...code.matchAll(WEB_NETWORK)].map((m) => m[0].trim())
}

/** app.json keys that declare personal-data use or outside code. */
export function privacyDeclarations(appJson) {
  return ['permission', 'requiredPrivateInfos', 'plugins', 'requiredBackgroundModes', '__usePrivacyCheck__'].filter((k) => k in appJson)
}

/**
 * Sorts what a weapp file uses into problems (forbidden, or a privacy interface nobody declared)
 * and the declared privacy interfaces it calls.
 */
export function classifyWeappUses(uses) {
  const problems = []
  const declared = []
  for (const api of new Set(uses)) {
    if (FORBIDDEN_APIS.includes(api)) problems.push(`calls ${api}, which this app never uses`)
    else if (api in WECHAT_PRIVACY_INTERFACES && !(api in DECLARED_PRIVACY_INTERFACES)) {
      problems.push(`calls ${api}, a WeChat privacy interface (${WECHAT_PRIVACY_INTERFACES[api]}) that DECLARED_PRIVACY_INTERFACES does not list`)
    } else if (api in WECHAT_PRIVACY_INTERFACES) declared.push(api)
  }
  return { problems, declared }
}

export const WATCHED_APIS = [...new Set([...FORBIDDEN_APIS, ...Object.keys(WECHAT_PRIVACY_INTERFACES)])]
