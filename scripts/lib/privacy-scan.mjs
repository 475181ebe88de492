// Static privacy scan of built code: network APIs and APIs that read personal data must not be called.

export const NETWORK_APIS = ['request', 'uploadFile', 'downloadFile', 'connectSocket', 'sendSocketMessage', 'createUDPSocket', 'createTCPSocket']
export const PRIVACY_APIS = [
  'getLocation', 'getFuzzyLocation', 'chooseLocation', 'startLocationUpdate', 'getUserProfile', 'getUserInfo', 'getPhoneNumber',
  'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'getClipboardData', 'startRecord', 'getRecorderManager', 'chooseAddress', 'chooseInvoiceTitle', 'getWeRunData', 'login',
  'checkSession', 'getBluetoothDevices', 'startWifi', 'addPhoneContact', 'reportAnalytics', 'reportEvent',
]
const WX_CALL = new RegExp(`\\.(${[...NETWORK_APIS, ...PRIVACY_APIS].join('|')})\\s*\\(`, 'g')
const WEB_NETWORK = /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|new\s+EventSource|navigator\.geolocation|getUserMedia|importScripts\s*\(/g

/** Calls in the app's own mini-program code (`x.request(`, `wx.getLocation(` …). */
export function findWxCalls(code) {
  return [...code.matchAll(WX_CALL)].map((m) => m[1])
}

/** Network and sensor APIs in web code. */
export function findWebNetwork(code) {
  return [...code.matchAll(WEB_NETWORK)].map((m) => m[0].trim())
}

/** Direct calls on the wx object, even inside the framework. */
export function findDirectWxCalls(code) {
  return [...code.matchAll(new RegExp(`\\bwx\\s*\\.\\s*(${[...NETWORK_APIS, ...PRIVACY_APIS].join('|')})\\s*\\(`, 'g'))].map((m) => m[1])
}

/** app.json keys that declare personal-data use or outside code. */
export function privacyDeclarations(appJson) {
  return ['permission', 'requiredPrivateInfos', 'plugins', 'requiredBackgroundModes', '__usePrivacyCheck__'].filter((k) => k in appJson)
}
