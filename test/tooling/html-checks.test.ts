import { createHash } from 'node:crypto'
import { inlineScriptsRefused, pageCspDirectives } from '../../scripts/lib/html-checks.mjs'

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`
const page = (scriptSrc: string, head: string) =>
  `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${scriptSrc}">${head}</head>`

describe('inlineScriptsRefused', () => {
  it.each([
    ['a plain script', '<script>var a=1</script>'],
    ['a typed script', '<script type="text/javascript">var a=1</script>'],
    ['a module', '<script type=module>import "./x.js"</script>'],
    ['upper case', '<SCRIPT>a()</SCRIPT>'],
    ['over several lines', '<script\n  nonce="x">\n a()\n</script>'],
  ])('finds %s that the policy does not list', (_what, html) => {
    expect(inlineScriptsRefused(page("'self'", html))).toHaveLength(1)
  })

  it('passes a script whose exact text the policy lists by hash, and only that one', () => {
    const html = page(`'self' ${sha('a()')}`, '<script>a()</script><script>b()</script><script> a()</script>')
    expect(inlineScriptsRefused(html)).toEqual(['<script>b()</script>', '<script> a()</script>'])
  })

  it('passes scripts loaded from files, and empty tags', () => {
    expect(inlineScriptsRefused(page("'self'", '<script src="./rem.js"></script><script defer="defer" src="./js/app.js"></script><script></script>'))).toEqual([])
  })

  it('refuses every inline script of a page without a policy', () => {
    expect(inlineScriptsRefused('<script>a()</script>')).toHaveLength(1)
  })
})

describe('pageCspDirectives', () => {
  it('reads the meta tag into directive → sources', () => {
    expect(pageCspDirectives(page("'self' 'sha256-x'", ''))).toEqual({ 'default-src': ["'self'"], 'script-src': ["'self'", "'sha256-x'"] })
  })
})
