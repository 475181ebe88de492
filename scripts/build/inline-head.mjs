// The two files index.html's head waits for, written into the page instead: rem.js (a blocking script)
// and the app's one stylesheet. Each was a request the phone had to finish before it could paint
// anything, one more round trip on a slow network. Lighthouse's simulated slow 4G put the first paint
// at 1.41–1.46× the bare Taro app's with them (whose template inlines its root-size script and has no
// stylesheet) and at 0.97–1.11× without, in two runs of npm run bench. The script is allowed by its SHA-256 hash in the
// Content-Security-Policy, so the policy still refuses every other inline script (CSP Level 2: every
// browser WeChat ships). Reversible, so the build step can run again on its own output.
import { createHash } from 'node:crypto'

const CSP = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/
const INLINED_SCRIPT = /<script data-inlined="([^"]+)">[\s\S]*?<\/script>/g
const INLINED_STYLE = /<style data-inlined="([^"]+)">[\s\S]*?<\/style>/g

/** 'sha256-…', the CSP source that allows exactly this inline script. */
export const scriptHashSource = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`

/** The policy with `source` added to script-src (which must exist), and without hashes added before. */
export function withScriptSource(csp, source) {
  const directives = csp.split(';').map((d) => d.trim())
  const index = directives.findIndex((d) => d.split(/\s+/)[0] === 'script-src')
  if (index < 0) throw new Error('inline-head: the Content-Security-Policy has no script-src')
  directives[index] = [...directives[index].split(/\s+/).filter((s) => !s.startsWith("'sha256-")), source].join(' ')
  return directives.join('; ')
}

/**
 * `html` with the external script `src` and the stylesheet `href` written into the page.
 * @param {string} html index.html as the build wrote it
 * @param {{ script: { src: string, code: string }, style: { href: string, css: string } }} files
 */
export function inlineHead(html, { script, style }) {
  const scriptTag = `<script src="${script.src}"></script>`
  const linkTag = `<link href="${style.href}" rel="stylesheet">`
  if (!html.includes(scriptTag)) throw new Error(`inline-head: index.html has no ${scriptTag}`)
  if (!html.includes(linkTag)) throw new Error(`inline-head: index.html does not link ${style.href}`)
  if (!CSP.test(html)) throw new Error('inline-head: index.html has no Content-Security-Policy meta tag')
  const code = script.code.trim()
  if (code.includes('</script')) throw new Error(`inline-head: ${script.src} contains </script`)
  if (style.css.includes('</style')) throw new Error(`inline-head: ${style.href} contains </style`)
  return html
    .replace(CSP, (_, open, csp, close) => `${open}${withScriptSource(csp, scriptHashSource(code))}${close}`)
    .replace(scriptTag, () => `<script data-inlined="${script.src}">${code}</script>`)
    .replace(linkTag, () => `<style data-inlined="${style.href}">${style.css}</style>`)
}

/** `html` as the build wrote it: the inlined files linked again, their hashes out of the policy. */
export function withoutInlinedHead(html) {
  return html
    .replace(CSP, (_, open, csp, close) => `${open}${csp.replace(/ 'sha256-[^']*'/g, '')}${close}`)
    .replace(INLINED_SCRIPT, '<script src="$1"></script>')
    .replace(INLINED_STYLE, '<link href="$1" rel="stylesheet">')
}

/** The `<style data-inlined=…>` element inlineHead wrote into `html`, whole, or null. */
export const inlinedStylesheet = (html) => html.match(INLINED_STYLE)?.[0] ?? null
