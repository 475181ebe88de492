// Root font size for the H5 build (Taro's pxtransform writes rem): 40px per 750 design px, clamped
// to 20–40px. Taro inlines the same script by default; it lives in a file here, which the development
// server serves as it is, and the production build writes into index.html with its SHA-256 in the
// Content-Security-Policy (scripts/build/inline-head.mjs), so the policy allows no other inline script.
!(function (win) {
  // The oldest browsers the web build claims lack a built-in its libraries call as they start
  // (config/floor.cjs, h5.polyfills): only such a browser fetches polyfills.js, before the app's scripts.
  if (!Object.entries) win.document.write('<script src="polyfills.js"></' + 'script>')
  function setRoot() {
    var root = win.document.documentElement
    var box = root.getBoundingClientRect()
    var width = Math.min.apply(Math, [box.width, box.height].filter(Boolean))
    var size = (40 * width) / 750
    root.style.fontSize = size >= 40 ? '40px' : size <= 20 ? '20px' : size + 'px'
  }
  // The browser's default text size against 16px (raised by the phone's text-size setting), read
  // before setRoot() changes the root's size, while the root's size is still that default. Kept on
  // <html data-font-scale> for the app (src/platform/system-font-scale.ts): read here, before the
  // page has a body, it costs nothing; the app measuring it later forces a style pass over the page.
  var fontScale = parseFloat(win.getComputedStyle(win.document.documentElement).fontSize) / 16
  win.document.documentElement.setAttribute('data-font-scale', String(fontScale))

  // The report home's first screen is in index.html (scripts/build/first-screen.mjs). Hide it when
  // this visit shows something else: a deep link, 长辈模式 or 繁體 remembered, or text enlarged past
  // LARGE_FONT_SCALE (src/domain/reader/settings.ts) with no choice stored.
  // The page this visit opens: 'pages/section/index' for '#/pages/section/index?id=…', the home for none.
  var openedPath = win.location.hash.replace(/^#\/?/, '').split('?')[0] || 'pages/report/index'

  // Choices remembered on this phone (src/platform/storage.ts; Taro keeps the value under `data`).
  var stored = null
  try {
    stored = JSON.parse(JSON.parse(win.localStorage.getItem('huaqiao.settings')).data)
  } catch (e) {
    stored = null
  }
  var traditional = Boolean(stored && stored.script === 'traditional')
  var LARGE_FONT_SCALE = 1.1
  var largeText = stored && typeof stored.largeText === 'boolean' ? stored.largeText : fontScale >= LARGE_FONT_SCALE
  var root = win.document.documentElement
  if (openedPath !== 'pages/report/index' || traditional || largeText) root.className += ' first-screen-off'

  // A link to a section or a benefit: its heading at once (scripts/build/link-titles.mjs), until the
  // page mounts. The headings are in 简体, so a phone that reads 繁體 waits for the page.
  function linkTitle() {
    var meta = win.document.querySelector('meta[name="link-titles"]')
    var id = /[?&]id=([^&]*)/.exec(win.location.hash)
    if (!meta || !id || traditional) return null
    try {
      var title = JSON.parse(meta.getAttribute('content') || '{}')[openedPath + '?id=' + decodeURIComponent(id[1])]
      return typeof title === 'string' ? title : null
    } catch (e) {
      return null
    }
  }
  var title = linkTitle()
  if (title) {
    root.style.setProperty('--link-title', JSON.stringify(title))
    root.className += largeText ? ' link-screen-on link-screen-large' : ' link-screen-on'
  }

  // The scripts of the page this link opens, listed per page in index.html by the build
  // (scripts/build/route-chunks.mjs): asked for now, beside the app's own, instead of after the app
  // has run. Low priority, as the app's deferred scripts are, so they never hold up the first paint.
  function preloadPageScripts() {
    var meta = win.document.querySelector('meta[name="route-chunks"]')
    var entries = meta ? (meta.getAttribute('content') || '').split(';') : []
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i].split('=')
      if (entry[0] !== openedPath || !entry[1]) continue
      var files = entry[1].split(' ')
      for (var j = 0; j < files.length; j++) {
        var link = win.document.createElement('link')
        link.rel = 'preload'
        link.as = 'script'
        link.href = files[j]
        link.setAttribute('fetchpriority', 'low')
        win.document.head.appendChild(link)
      }
    }
  }
  preloadPageScripts()

  win.addEventListener('resize', function () {
    setRoot()
    setTimeout(setRoot, 500)
  })
  setRoot()
})(window)
