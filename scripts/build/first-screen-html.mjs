// The report home's first screen as index.html carries it (written by first-screen.mjs): one block of
// styles in the head and one of markup before the app's root, each between two comments so that a
// later run can find, replace or copy them. Pure string work: first-screen.mjs captures the screen in a
// browser, and the bench copies it onto the bare app (scripts/bench/text-floor.mjs).
const START = '<!--first-screen-->'
const END = '<!--/first-screen-->'

/** index.html without a first screen written by an earlier run. */
export const withoutFirstScreen = (html) => html.replace(new RegExp(`${START}[\\s\\S]*?${END}`, 'g'), '')

/** The overlay: on top of the app while it starts, the same colour as the page, never focusable. */
const OVERLAY_CSS =
  '#first-screen{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;overflow:hidden;background:#f3f4f6}.first-screen-off #first-screen{display:none}' +
  // A link to a section or a benefit: its heading (set by rem.js from link-titles.mjs) in the page
  // title's size, colour and place, on the page's ground, until the page mounts. A browser test holds
  // its size and place equal to the heading the page then draws (test/e2e/deep-links.e2e.test.mjs),
  // below the web's way back (components/web-back-bar: a row as tall as a control, --tap-min). Sizes
  // in rem alone: rem.js never lets the root fall below its 375-px size (so no max(), which the
  // floor's Chrome 53 lacks).
  '.link-screen-on body::before{content:var(--link-title);position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;padding:.6rem;padding-top:2.8rem;background:#f3f4f6;color:#1f2328;font-size:1.25rem;font-weight:700;line-height:1.4}' +
  '.link-screen-large body::before{font-size:1.6rem;line-height:1.35;padding:.7rem;padding-top:3.7rem}'

/** `html` carrying the first screen: `css` (the rules it uses) in the head, `markup` over the app's root. */
export function withFirstScreen(html, { css, markup }) {
  const style = `${START}<style>${css}\n${OVERLAY_CSS}</style>${END}`
  // Ids are dropped: the app's router finds its pages by id, and they must stay unique.
  const body = `${START}<div id="first-screen" inert aria-hidden="true">${markup.replace(/\sid="[^"]*"/g, '')}</div>${END}`
  return withoutFirstScreen(html).replace('</head>', `${style}</head>`).replace('<div id="app">', `${body}<div id="app">`)
}

/** The two blocks `html` carries (its styles, its markup), as written by withFirstScreen. */
export function firstScreenBlocks(html) {
  const blocks = html.match(new RegExp(`${START}[\\s\\S]*?${END}`, 'g')) ?? []
  const style = blocks.find((b) => b.startsWith(`${START}<style>`))
  const markup = blocks.find((b) => b.startsWith(`${START}<div id="first-screen"`))
  if (!style || !markup) throw new Error('first-screen: this index.html carries no first screen')
  return { style, markup }
}
