// CSS the floor's engines (config/floor.cjs: Chrome 53, iOS 11.0) do not have, found in built
// stylesheets: grid, gap, max()/min()/clamp() (an unknown function in a custom property voids every
// use of it), and overflow-wrap:anywhere without the break-word fallback before it in its rule.
const RULES = [
  [/display\s*:\s*(inline-)?grid/, 'display: grid'],
  [/(^|[;{\s])(row-|column-|grid-)?gap\s*:/, 'gap'],
  [/(^|[^\w-])(max|min|clamp)\(/, 'max()/min()/clamp()'],
]

/** What in `css` the floor's engines lack, as short names (empty when it all works there). */
export function beyondTheFloor(css) {
  const found = RULES.filter(([re]) => re.test(css)).map(([, name]) => name)
  const rules = css.match(/[^{}]*\{[^{}]*\}/g) ?? []
  if (rules.some((rule) => /overflow-wrap\s*:\s*anywhere/.test(rule) && !/word-break\s*:\s*break-word/.test(rule))) found.push('overflow-wrap: anywhere without break-word')
  return found
}
