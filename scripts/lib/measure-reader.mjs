// What a reader meets on the screen, in CSS px, measured the same way in the H5 build and in the
// weapp as WeChat draws it. Passed to page.evaluate: it must stay self-contained.

/** The elder-friendly minima (MIIT 适老化; ux-standards.md) per mode, in CSS px. */
export const MINIMA = {
  standard: { textPx: 15, headingPx: 0, controlPx: 44 },
  large: { textPx: 18, headingPx: 30, controlPx: 60 },
}

export function measureReader() {
  // The page and the tab bar (inside the page on the web, beside it in WeChat), each counted once.
  const roots = [...document.querySelectorAll('.page-shell, .tab-bar')].filter((el) => !el.parentElement?.closest('.page-shell, .tab-bar'))
  const inRoots = (selector) => [...new Set(roots.flatMap((root) => [...root.querySelectorAll(selector)]))]
  const visible = (el) => {
    const r = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
  }
  const texts = inRoots('*').filter((el) => visible(el) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
  const fonts = texts.map((el) => {
    const s = getComputedStyle(el)
    const size = parseFloat(s.fontSize)
    const line = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight)
    return {
      text: el.textContent.trim().slice(0, 16),
      size,
      ratio: line / size,
      cls: String(el.className),
      clipped: el.scrollWidth > el.clientWidth + 1 && s.overflowX !== 'visible',
    }
  })
  const controls = inRoots('[role="button"], [role="link"], input, wx-button')
    .filter(visible)
    .map((el) => {
      const r = el.getBoundingClientRect()
      return { name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 16), width: r.width, height: r.height }
    })
  const headings = inRoots('[role="heading"][aria-level="1"], [role="heading"][aria-level="2"], .block-title--level-1, .block-title--level-2, .figure-tile__value')
    .filter(visible)
    .map((el) => ({ text: el.textContent.trim().slice(0, 16), size: parseFloat(getComputedStyle(el).fontSize) }))
  const root = document.scrollingElement
  const shownText = roots.map((r) => r.textContent).join('\n')
  return { fonts, controls, headings, overflow: root.scrollWidth - root.clientWidth, shownText }
}

/** What breaks a minimum: lists that a test asserts to be empty. */
export function belowMinima(m, mode) {
  const min = MINIMA[mode]
  return {
    smallText: m.fonts.filter((f) => f.size < min.textPx - 0.01),
    tightLines: m.fonts.filter((f) => f.ratio < 1.295),
    smallHeadings: m.headings.filter((h) => h.size < min.headingPx - 0.01),
    smallControls: m.controls.filter((c) => c.height < min.controlPx - 0.01 || c.width < min.controlPx - 0.01),
    clipped: m.fonts.filter((f) => f.clipped),
    sideways: m.overflow > 0 ? [m.overflow] : [],
  }
}

/** The smallest values seen per mode across many screens, for the summary line a test run prints. */
export function minimaLog() {
  const seen = {}
  const min = (xs) => (xs.length ? Math.min(...xs) : Infinity)
  return {
    remember(mode, m) {
      const prev = seen[mode] ?? { fontPx: Infinity, lineRatio: Infinity, headingPx: Infinity, controlPx: Infinity }
      seen[mode] = {
        fontPx: Math.min(prev.fontPx, min(m.fonts.map((f) => f.size))),
        lineRatio: Math.min(prev.lineRatio, min(m.fonts.map((f) => f.ratio))),
        headingPx: Math.min(prev.headingPx, min(m.headings.map((h) => h.size))),
        controlPx: Math.min(prev.controlPx, min(m.controls.map((c) => Math.min(c.width, c.height)))),
      }
    },
    lines: (label) =>
      Object.entries(seen).map(
        ([mode, m]) => `${label} minima, ${mode}: text ${m.fontPx.toFixed(1)}px, line spacing ${m.lineRatio.toFixed(2)}, headings/figures ${m.headingPx.toFixed(1)}px, controls ${m.controlPx.toFixed(1)}px`,
      ),
  }
}
