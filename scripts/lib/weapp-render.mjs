// The production dist/weapp drawn the way WeChat draws it, for a browser to measure and photograph:
// - WXML: WeChat's own template compiler (wcc, npm `miniprogram-compiler`) turns base.wxml and the page
//   templates into $gwx; given a page's data after all its setData calls, it returns WeChat's
//   virtual tree ({ tag: 'wx-view', attr, children }).
// - WXSS: WeChat's own style compiler (wcsc, same package) gives the script WeChat runs to put each
//   stylesheet in the page; it turns rpx into px from the screen width (750 rpx = the screen) with
//   WeChat's own rounding. It runs in the browser page unchanged.
// - The tree becomes HTML custom elements (<wx-view>, <wx-text> …) with WeChat's default styles for
//   the components whose defaults change layout (WECHAT_COMPONENT_CSS below).
// What is not WeChat's: the HTML conversion of the tree and those default styles (see docs/weapp-render.md).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'
import miniprogramCompiler from 'miniprogram-compiler'

const { wxmlToJs, wxssToJs } = miniprogramCompiler

/**
 * WeChat's default styles for the components this app uses, as the base library's stylesheet sets
 * them (wx-button: the "v1" WeUI button, used when app.json has no "style": "v2").
 */
export const WECHAT_COMPONENT_CSS = `
html, body { margin: 0; }
body { font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; font-size: 16px; }
wx-page, wx-view, wx-scroll-view, wx-form, wx-block { display: block; }
wx-text { display: inline; white-space: pre-wrap; user-select: none; }
wx-text[data-user-select] { user-select: text; }
wx-image { display: inline-block; width: 320px; height: 240px; overflow: hidden; }
wx-image > img { display: block; width: 100%; height: 100%; object-fit: fill; }
wx-input { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; white-space: nowrap; text-overflow: clip; }
wx-input > input { all: unset; display: block; width: 100%; height: 100%; font: inherit; color: inherit; }
wx-button { position: relative; display: block; box-sizing: border-box; margin-left: auto; margin-right: auto;
  padding-left: 14px; padding-right: 14px; overflow: hidden; border-radius: 5px; background-color: #f8f8f8;
  color: #000; font-size: 18px; line-height: 2.55555556; text-align: center; text-decoration: none; }
wx-button::after { content: " "; position: absolute; top: 0; left: 0; width: 200%; height: 200%; box-sizing: border-box;
  border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 10px; transform: scale(0.5); transform-origin: 0 0; }
`

/** Compiles every WXML and WXSS file of the build with WeChat's compilers. */
export function compileWeapp(dir) {
  /** What WeChat's template runtime reports while drawing (e.g. "Template `x` not found"). */
  const warnings = []
  const record = (...args) => warnings.push(args.join(' '))
  const context = vm.createContext({ console: { log: record, info: record, warn: record, error: record } })
  context.window = context // the generated code looks for window; keep it out of this process's globals
  const $gwx = vm.runInContext(`(function (global) {${wxmlToJs(dir)}\n})`, context)({})
  const wxssScript = wxssToJs(dir)
  if (typeof wxssScript !== 'string') throw wxssScript
  const appJson = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'))
  return {
    /** WeChat's virtual tree for a page or component template, from its data. */
    tree(templatePath, data) {
      const generate = $gwx(templatePath)
      if (typeof generate !== 'function') throw new Error(`wcc compiled no template ${templatePath}`)
      // WeChat's WXS runtime checks `constructor === Object`: the data must be made in wcc's own realm.
      return generate(vm.runInContext("JSON.parse", context)(JSON.stringify(data)), {}, {})
    },
    wxssScript,
    appJson,
    warnings,
  }
}

const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The attributes of a node as HTML: WeChat's aria-role is also given as role, as WeChat's reader uses it. */
function htmlAttributes(attr = {}) {
  const out = []
  for (const [name, value] of Object.entries(attr)) {
    if (value === undefined || value === null || value === '' || value === false || value === 'none' || typeof value === 'object') continue
    const key = kebab(name)
    if (/^(bind|catch)/.test(key)) continue
    if (key === 'user-select' || key === 'selectable') {
      out.push('data-user-select')
      continue
    }
    if (['decode', 'hover-start-time', 'hover-stay-time', 'hover-stop-propagation', 'animation', 'src', 'placeholder', 'value'].includes(key)) continue
    if (key === 'aria-role') out.push(`role="${escapeHtml(value)}"`)
    out.push(`${key}="${escapeHtml(value)}"`)
  }
  return out.length ? ` ${out.join(' ')}` : ''
}

/** Turns WeChat's virtual tree into HTML custom elements; `assetUrl` maps an image src to a URL. */
export function treeToHtml(node, assetUrl = (src) => src) {
  if (node === null || node === undefined) return ''
  if (typeof node !== 'object') return escapeHtml(node)
  const children = (node.children ?? []).map((child) => treeToHtml(child, assetUrl)).join('')
  const tag = node.tag
  if (tag === 'virtual' || !tag) return children
  const attr = node.attr ?? {}
  let inner = children
  if (tag === 'wx-image') inner = `<img src="${escapeHtml(assetUrl(attr.src ?? ''))}" alt="">`
  if (tag === 'wx-input') inner = `<input placeholder="${escapeHtml(attr.placeholder ?? '')}" value="${escapeHtml(attr.value ?? '')}">`
  return `<${tag}${htmlAttributes(attr)}>${inner}</${tag}>`
}

/**
 * A whole screen as WeChat composes it: the page, WeChat's custom tab bar under it (tab pages), the
 * app's, the page's and the tab bar's stylesheets put in by WeChat's own WXSS script.
 */
export function screenHtml(compiled, { route, pageTree, tabBarTree = null, assetUrl }) {
  const sheets = ['app.wxss', `${route}.wxss`, ...(tabBarTree ? ['custom-tab-bar/index.wxss'] : [])]
  const wxss = `(function () {${compiled.wxssScript}\n})()`
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>${WECHAT_COMPONENT_CSS}</style></head>
<body>${treeToHtml(pageTree, assetUrl)}${tabBarTree ? `<wx-custom-tab-bar>${treeToHtml(tabBarTree, assetUrl)}</wx-custom-tab-bar>` : ''}
<script>
(function () {
  var styleFor = ${wxss};
  ${JSON.stringify(sheets)}.forEach(function (path) {
    var put = styleFor(path);
    if (typeof put !== 'function') throw new Error('wcsc compiled no stylesheet ' + path);
    put('', {}, undefined);
  });
  document.documentElement.dataset.wxss = 'ready';
})();
</script></body></html>`
}
