// Checks of built HTML that the tests share.
import { scriptHashSource } from '../build/inline-head.mjs'

/** Scripts written into the page itself (any type, any case), each as the start of its tag. */
function inlineScriptTags(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes) && body.trim() !== '')
    .map(([tag, , body]) => ({ tag: tag.slice(0, 80), body }))
}

/** The page's Content-Security-Policy meta tag, as directive → sources. */
export function pageCspDirectives(html) {
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? ''
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter(([k]) => k).map(([k, ...v]) => [k, v]))
}

/** Inline scripts the page's own policy refuses: any whose SHA-256 its script-src does not list. */
export function inlineScriptsRefused(html) {
  const allowed = pageCspDirectives(html)['script-src'] ?? []
  return inlineScriptTags(html)
    .filter(({ body }) => !allowed.includes(scriptHashSource(body)))
    .map(({ tag }) => tag)
}
