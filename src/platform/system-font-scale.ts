/**
 * Web: the browser's default text size relative to 16px (raised by the phone's or browser's
 * text-size setting). rem.js measures it in the page's head and keeps it on <html data-font-scale>;
 * without that (a test, a page without rem.js) a hidden probe measures it. WeChat's version is
 * system-font-scale.weapp.ts.
 */
export function systemFontScale(): number {
  if (typeof document === 'undefined') return 1
  const measured = Number(document.documentElement.dataset.fontScale)
  if (measured > 0 && Number.isFinite(measured)) return measured
  if (!document.body) return 1
  const probe = document.createElement('div')
  probe.style.cssText = 'font-size: medium; position: absolute; visibility: hidden'
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize)
  probe.remove()
  return Number.isFinite(px) && px > 0 ? px / 16 : 1
}
