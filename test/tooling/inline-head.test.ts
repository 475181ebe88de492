import { createHash } from 'node:crypto'
import { inlineHead, inlinedStylesheet, withoutInlinedHead, withScriptSource } from '../../scripts/build/inline-head.mjs'
import { inlineScriptsRefused, pageCspDirectives } from '../../scripts/lib/html-checks.mjs'

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"
const built =
  `<html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"><script src="./rem.js"></script>` +
  '<script defer="defer" src="./js/app.1.js"></script><link href="./css/styles.abc.css" rel="stylesheet"></head><body></body></html>'
const files = { script: { src: './rem.js', code: '!function(){root()}()\n' }, style: { href: './css/styles.abc.css', css: '.a{color:red}' } }

describe('inlineHead', () => {
  const html = inlineHead(built, files)

  it('writes the script and the stylesheet into the head, and no request for either is left', () => {
    expect(html).toContain('<script data-inlined="./rem.js">!function(){root()}()</script>')
    expect(html).toContain('<style data-inlined="./css/styles.abc.css">.a{color:red}</style>')
    expect(html).not.toContain('src="./rem.js"')
    expect(html).not.toContain('rel="stylesheet"')
    expect(html).toContain('<script defer="defer" src="./js/app.1.js"></script>')
  })

  it('allows that script by its hash, and no other inline script', () => {
    const hash = `'sha256-${createHash('sha256').update('!function(){root()}()').digest('base64')}'`
    expect(pageCspDirectives(html)['script-src']).toEqual(["'self'", hash])
    expect(inlineScriptsRefused(html)).toEqual([])
    expect(inlineScriptsRefused(html.replace('root()', 'evil()'))).toHaveLength(1)
  })

  it('is undone by withoutInlinedHead, so the build step can run again on its own output', () => {
    expect(withoutInlinedHead(html)).toBe(built)
    expect(inlineHead(withoutInlinedHead(html), files)).toBe(html)
  })

  it('hands back the inlined stylesheet whole (the bench copies it onto the bare app), and none once undone', () => {
    expect(inlinedStylesheet(html)).toBe('<style data-inlined="./css/styles.abc.css">.a{color:red}</style>')
    expect(inlinedStylesheet(withoutInlinedHead(html))).toBeNull()
  })

  it('stops the build when the page is not what it expects', () => {
    expect(() => inlineHead(built.replace('./rem.js', './other.js'), files)).toThrow(/no <script src="\.\/rem\.js">/)
    expect(() => inlineHead(built.replace('styles.abc', 'styles.def'), files)).toThrow(/does not link/)
    expect(() => inlineHead(built, { ...files, script: { ...files.script, code: 'a("</script>")' } })).toThrow(/<\/script/)
  })
})

describe('withScriptSource', () => {
  it('adds the source to script-src only, replacing an older hash', () => {
    expect(withScriptSource("default-src 'self'; script-src 'self' 'sha256-old'", "'sha256-new'")).toBe("default-src 'self'; script-src 'self' 'sha256-new'")
    expect(() => withScriptSource("default-src 'self'", "'sha256-x'")).toThrow(/no script-src/)
  })
})
