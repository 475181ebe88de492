import { inlineScripts } from '../../scripts/lib/html-checks.mjs'

describe('inlineScripts', () => {
  it.each([
    ['a plain script', '<script>var a=1</script>'],
    ['a typed script', '<script type="text/javascript">var a=1</script>'],
    ['a module', '<script type=module>import "./x.js"</script>'],
    ['upper case', '<SCRIPT>a()</SCRIPT>'],
    ['over several lines', '<script\n  nonce="x">\n a()\n</script>'],
  ])('finds %s', (_what, html) => {
    expect(inlineScripts(`<head>${html}</head>`)).toHaveLength(1)
  })

  it('passes scripts loaded from files, and empty tags', () => {
    expect(inlineScripts('<script src="./rem.js"></script><script defer="defer" src="./js/app.js"></script><script></script>')).toEqual([])
  })
})
