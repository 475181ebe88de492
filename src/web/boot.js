// Starts the web app once the report home's first screen in index.html has been painted
// (scripts/build/first-screen.mjs): index.html preloads the app's scripts, and this runs them, in
// order, after the next frame. Without it a fast connection runs the whole app before the first
// paint, and the first screen gains nothing. A hidden tab, where frames wait, starts after 100 ms.
!(function (doc) {
  var me = doc.currentScript
  var scripts = ((me && me.getAttribute('data-scripts')) || '').split(' ').filter(Boolean)
  var started = false
  function start() {
    if (started) return
    started = true
    scripts.forEach(function (src) {
      var script = doc.createElement('script')
      script.src = src
      script.async = false
      doc.head.appendChild(script)
    })
  }
  if (window.requestAnimationFrame) {
    window.requestAnimationFrame(function () {
      setTimeout(start, 0)
    })
  }
  setTimeout(start, 100)
})(document)
