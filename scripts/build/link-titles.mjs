// A link forwarded into a chat opens a section or a benefit, and on a slow network nothing is painted
// until the app's scripts have arrived and run. index.html carries the heading of every section and
// benefit; rem.js shows the one the link opens at once, as the page's heading on the page's ground,
// and the page takes over from it when it mounts (src/platform/first-screen.ts). A link to an id the app does
// not have shows nothing early, as before.

/** `<meta name="link-titles" content="{&quot;pages/benefit/index?id=dibao&quot;:&quot;最低生活保障&quot;,…}">` */
const META = /<meta name="link-titles" content="[^"]*">/g

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * Page link (no leading slash, `?id=` only) → the heading that page shows.
 * @param {{ sections: { id: string, title: string }[] }} report src/data/report.json
 * @param {{ id: string, name: string }[]} benefits src/data/benefits.json
 * @param {{ section: (id: string) => string, benefit: (id: string) => string }} routes src/routes.ts
 */
export function linkTitles(report, benefits, routes) {
  const entries = [...report.sections.map((s) => [routes.section(s.id), s.title]), ...benefits.map((b) => [routes.benefit(b.id), b.name])]
  return Object.fromEntries(entries.map(([route, title]) => [route.replace(/^\//, ''), title]))
}

export const linkTitlesMeta = (titles) => `<meta name="link-titles" content="${escapeAttribute(JSON.stringify(titles))}">`

export const withoutLinkTitles = (html) => html.replace(META, '')

/** The meta goes before rem.js, which reads it while the head is parsed. */
export function withLinkTitles(html, titles) {
  const clean = withoutLinkTitles(html)
  if (!clean.includes('<script src="./rem.js">')) throw new Error('link-titles: index.html has no rem.js to read them')
  return clean.replace('<script src="./rem.js">', `${linkTitlesMeta(titles)}<script src="./rem.js">`)
}
