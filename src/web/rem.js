// Root font size for the H5 build (Taro's pxtransform writes rem): 40px per 750 design px, clamped
// to 20–40px. Taro inlines the same script by default; it lives in a file here so the page's
// Content-Security-Policy can allow scripts from its own origin only.
!(function (win) {
  function setRoot() {
    var root = win.document.documentElement
    var box = root.getBoundingClientRect()
    var width = Math.min.apply(Math, [box.width, box.height].filter(Boolean))
    var size = (40 * width) / 750
    root.style.fontSize = size >= 40 ? '40px' : size <= 20 ? '20px' : size + 'px'
  }
  win.addEventListener('resize', function () {
    setRoot()
    setTimeout(setRoot, 500)
  })
  setRoot()
})(window)
