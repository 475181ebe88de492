// The bench's second floor: the bare app carrying this app's first screen and nothing of its scripts
// (scripts/bench/text-floor.mjs).
import { withFirstScreen } from '../../scripts/build/first-screen-html.mjs'
import { withTextFloor } from '../../scripts/bench/text-floor.mjs'

const bare = '<!doctype html><html><head><script>/*rem*/</script><script defer src="./js/app.1.js"></script></head><body><div id="app"></div></body></html>'
const app = withFirstScreen(
  '<!doctype html><html><head><style data-inlined="./css/app.css">.page-shell{color:#111}</style><script src="./js/app.2.js"></script></head><body><div id="app"></div></body></html>',
  { css: '.report-cover{background:#1d4e89}', markup: '<div class="report-cover" id="x">花桥镇2024年工作总结</div>' },
)

describe('withTextFloor', () => {
  const floor = withTextFloor(bare, app)

  it("puts the app's stylesheet and the first screen's styles in the bare app's head", () => {
    const head = floor.slice(0, floor.indexOf('</head>'))
    expect(head).toContain('<style data-inlined="./css/app.css">.page-shell{color:#111}</style>')
    expect(head).toContain('.report-cover{background:#1d4e89}')
  })

  it("puts the first screen's markup before the bare app's root, and keeps the bare app's own scripts only", () => {
    expect(floor.indexOf('花桥镇2024年工作总结')).toBeGreaterThan(floor.indexOf('<body>'))
    expect(floor.indexOf('花桥镇2024年工作总结')).toBeLessThan(floor.indexOf('<div id="app">'))
    expect(floor).toContain('./js/app.1.js')
    expect(floor).not.toContain('./js/app.2.js')
  })

  it('refuses an index.html with no first screen, or with no inlined stylesheet', () => {
    expect(() => withTextFloor(bare, bare)).toThrow(/no first screen/)
    expect(() => withTextFloor(bare, app.replace(/<style data-inlined[^>]*>[^<]*<\/style>/, ''))).toThrow(/no inlined stylesheet/)
  })
})
