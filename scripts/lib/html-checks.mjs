// Checks of built HTML that the tests share.

/** Scripts written into the page itself (any type, any case): a CSP without 'unsafe-inline' blocks them. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes) && body.trim() !== '')
    .map(([tag]) => tag.slice(0, 80))
}
