// The production dist/weapp as WeChat draws it (WeChat's own WXML and WXSS compilers, each page's real
// setData data, WeChat's custom tab bar), opened in Chromium at common phone widths: what a villager
// reads matches the H5 build, nothing is broken or cut off, and the elder-friendly minima hold.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { phoneContext } from '../../scripts/lib/browser.mjs'
import { belowMinima, measureReader, minimaLog } from '../../scripts/lib/measure-reader.mjs'
import { parseLink, WEAPP_DIR, weappScreens } from '../../scripts/lib/weapp-screen.mjs'
import { startH5 } from '../e2e/harness.mjs'
import { MODES, SCREENS } from '../support/screens.mjs'
import { beyondTheFloor } from '../../scripts/lib/floor-css.mjs'

const WIDTHS = [320, 360, 375, 414]
const NONE = { smallText: [], tightLines: [], smallHeadings: [], smallControls: [], clipped: [], sideways: [] }
const BROKEN = ['{{', 'undefined', 'NaN', '[object Object]']

const screens = weappScreens()
const minima = minimaLog()
// The H5 build's server and browser (for the comparison below); the weapp screens are drawn in the same browser.
let h5

before(async () => {
  h5 = await startH5()
})
after(async () => {
  await Promise.all([...phones.values()].map(({ page }) => page.context().close()))
  await h5?.stop()
  for (const line of minima.lines('weapp measured')) console.log(line)
})

/** One phone page per width, reused: each screen replaces the last one's document. */
const phones = new Map()
async function phone(width) {
  if (!phones.has(width)) {
    const context = await phoneContext(h5.browser, { width, height: 740 })
    const page = await context.newPage()
    const pageErrors = []
    page.on('pageerror', (err) => pageErrors.push(err.message))
    phones.set(width, { page, pageErrors })
  }
  return phones.get(width)
}

/** Draws a screen at a width and measures it. */
async function drawn(link, settings, width) {
  const { route, query } = parseLink(link)
  const { html, errors } = await screens.screen(route, query, settings)
  const { page, pageErrors } = await phone(width)
  await page.setContent(html)
  await page.waitForFunction(() => document.documentElement.dataset.wxss === 'ready')
  const m = await page.evaluate(measureReader)
  return { m, page, errors: [...errors, ...pageErrors.splice(0)] }
}

describe('the weapp as WeChat draws it, at 320, 360, 375 and 414 px', () => {
  // So every screen below is also the floor's (base library 2.20.1: iOS 11, Chrome 53) screen.
  it('its styles use nothing the floor’s engines lack (grid, gap, max(), overflow-wrap:anywhere alone)', () => {
    const sheets = readdirSync(WEAPP_DIR, { recursive: true }).filter((f) => f.endsWith('.wxss'))
    assert.ok(sheets.length > 5)
    for (const sheet of sheets) assert.deepEqual(beyondTheFloor(readFileSync(join(WEAPP_DIR, sheet), 'utf8')), [], sheet)
  })

  for (const [mode, settings] of [
    ['standard', MODES.standard],
    ['large', MODES.large],
  ]) {
    for (const width of WIDTHS) {
      for (const [name, link] of Object.entries(SCREENS)) {
        it(`${name}, ${mode === 'large' ? '长辈模式' : 'standard'}, ${width}px`, async () => {
          const { m, errors } = await drawn(link, settings, width)
          minima.remember(mode, m)
          assert.deepEqual(errors, [])
          assert.ok(m.shownText.trim().length > 20, 'the page shows text')
          assert.deepEqual(
            BROKEN.filter((s) => m.shownText.includes(s)),
            [],
            'template residue in the text',
          )
          assert.deepEqual(belowMinima(m, mode), NONE)
        })
      }
    }
  }
})

describe('the weapp shows the same text as the H5 build', () => {
  // Both targets say the same words (「发到群里」 too): any difference is a defect. The one part on
  // purpose only on the web is its way back at the top of detail pages (WeChat's title bar has one).
  const words = (text) => text.replace(/\s+/g, '')
  const withoutWebBackBar = (page) => page.evaluate(() => document.querySelectorAll('.web-back-bar').forEach((bar) => bar.remove()))
  for (const [name, link] of Object.entries(SCREENS)) {
    for (const [mode, settings] of [
      ['standard', MODES.standard],
      ['繁體', MODES.traditional],
    ]) {
      it(`${name}, ${mode}`, async () => {
        const weapp = await drawn(link, settings, 375)
        const web = await h5.open(link, { width: 375, settings })
        await withoutWebBackBar(web)
        const webText = (await web.evaluate(measureReader)).shownText
        await h5.close(web)
        const [a, b] = [words(weapp.m.shownText), words(webText)]
        const at = [...a].findIndex((c, i) => c !== b[i])
        assert.ok(a === b, `texts differ at ${at < 0 ? Math.min(a.length, b.length) : at}: weapp 「${a.slice(at, at + 30)}」 H5 「${b.slice(at, at + 30)}」`)
      })
    }
  }
})

describe('bad links render 未找到 in WeChat', () => {
  for (const [link, message] of [
    ['/pages/section/index?id=nope', '未找到这一章'],
    ['/pages/section/index', '未找到这一章'],
    ['/pages/benefit/index?id=%25E0%25A4%25A', '未找到这项政策'],
  ]) {
    it(link, async () => {
      const { m } = await drawn(link, MODES.standard, 360)
      assert.ok(m.shownText.includes(message), m.shownText.slice(0, 80))
    })
  }
})

describe('screen readers in WeChat: roles and names in the templates and on the screen', () => {
  const baseWxml = readFileSync(join(WEAPP_DIR, 'base.wxml'), 'utf8')

  // Taro also emits bare views (style and class only) for nodes with no other attribute: any node with
  // an aria attribute gets one of the full templates, which must all carry them.
  it('every full view template and every text template carries aria-role, aria-label and aria-hidden', () => {
    const templates = [...baseWxml.matchAll(/<(view|text)\b[^>]*>/g)].map((m) => m[0]).filter((t) => t.startsWith('<text') || t.includes('hover-class='))
    assert.ok(templates.length >= 10, `only ${templates.length} view/text templates found`)
    const missing = templates.filter(
      (t) => !/aria-role="\{\{i\.\w+\}\}"/.test(t) || !/aria-label="\{\{i\.\w+\}\}"/.test(t) || !/aria-hidden="\{\{i\.\w+\}\}"/.test(t),
    )
    assert.deepEqual(missing, [])
  })

  it('so do the button, image and canvas templates (labels on buttons, icons and the share canvas hidden)', () => {
    for (const tag of ['button', 'image', 'canvas']) {
      const templates = [...baseWxml.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0])
      assert.ok(templates.length >= 1, `no ${tag} template`)
      for (const t of templates)
        for (const attr of ['aria-role', 'aria-label', 'aria-hidden']) assert.match(t, new RegExp(`${attr}="\\{\\{i\\.\\w+\\}\\}"`), `${tag}: ${attr}`)
    }
  })

  it('the drawn benefit page: the call button says whom it calls; the share canvases, boxed to their pictures, are hidden from screen readers', async () => {
    const { page } = await drawn('/pages/benefit/index?id=dibao', MODES.standard, 375)
    const found = await page.evaluate(() => ({
      buttons: [...document.querySelectorAll('wx-button[aria-label]')].map((el) => el.getAttribute('aria-label')),
      canvas: [...document.querySelectorAll('wx-canvas')].map((el) => [
        el.className,
        el.getAttribute('aria-hidden'),
        el.getBoundingClientRect().width,
        el.getBoundingClientRect().height,
      ]),
    }))
    assert.ok(found.buttons.includes('拨打 12345'), JSON.stringify(found.buttons))
    // One canvas per share picture, its box the exported size (the card's units × 2, as the test above checks).
    assert.deepEqual(found.canvas, [
      ['share-canvas share-canvas--chat', 'true', 1000, 800],
      ['share-canvas share-canvas--timeline', 'true', 800, 800],
    ])
  })

  for (const link of ['/pages/report/index', '/pages/section/index?id=economy', '/pages/benefits/index', '/pages/mine/index']) {
    it(`${link}: every tappable element is a button or link with a name`, async () => {
      const { page } = await drawn(link, MODES.standard, 375)
      const found = await page.evaluate(() => {
        const tappable = [...document.querySelectorAll('[hover-class], wx-button, [tabindex]')]
        return {
          count: tappable.length,
          unnamed: tappable.filter((el) => !(el.getAttribute('aria-label') || el.textContent.trim())).map((el) => el.outerHTML.slice(0, 80)),
          roleless: tappable
            .filter((el) => el.tagName !== 'WX-BUTTON' && !['button', 'link'].includes(el.getAttribute('aria-role')))
            .map((el) => el.outerHTML.slice(0, 80)),
          headings: document.querySelectorAll('[aria-role="heading"]').length,
        }
      })
      assert.ok(found.count >= 3, `only ${found.count} tappable elements`)
      assert.deepEqual(found.roleless, [])
      assert.deepEqual(found.unnamed, [])
      assert.ok(found.headings >= 1, 'no heading announced')
    })
  }
})

describe('spacing holds where flexbox gap is not supported (iOS before 14.5, allowed by the declared base library)', () => {
  /** Tappable elements closer than this, or overlapping, with every flex container's gap set to 0. */
  // The design's smallest space between controls is 16 on the 750 grid: 7.7 px on a 360 px phone.
  const MIN_APART_PX = 6
  for (const link of [
    '/pages/benefit/index?id=dibao',
    '/pages/section/index?id=economy',
    '/pages/finder/index',
    '/pages/mine/index',
    '/pages/search/index?q=zzzz',
    '/pages/benefits/index',
  ]) {
    it(`${link} (长辈模式, 360 px): no two buttons or links touch`, async () => {
      const { page } = await drawn(link, MODES.large, 360)
      const found = await page.evaluate((minApart) => {
        let flexContainers = 0
        for (const el of document.querySelectorAll('body *')) {
          const display = getComputedStyle(el).display
          if (display === 'flex' || display === 'inline-flex') {
            flexContainers += 1
            el.style.setProperty('gap', '0', 'important')
          }
        }
        // The tab bar's items are its equal thirds, side by side by design, fixed over the page.
        const tappable = [...document.querySelectorAll('[hover-class], wx-button')].filter(
          (el) => el.getBoundingClientRect().height > 0 && !el.closest('.tab-bar'),
        )
        const name = (el) => `${el.className} 「${el.textContent.trim().slice(0, 12)}」`
        const touching = []
        for (let i = 0; i < tappable.length; i++) {
          for (let j = i + 1; j < tappable.length; j++) {
            const [a, b] = [tappable[i], tappable[j]]
            if (a.contains(b) || b.contains(a)) continue
            const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()]
            const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
            const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
            const apart = across > 0 && down > 0 ? -1 : across > 0 ? -down : down > 0 ? -across : minApart
            if (apart < minApart) touching.push(`${name(a)} / ${name(b)}: ${apart.toFixed(1)}px apart`)
          }
        }
        return { flexContainers, tappable: tappable.length, touching }
      }, MIN_APART_PX)
      assert.ok(found.flexContainers >= 3 && found.tappable >= 2, JSON.stringify(found))
      assert.deepEqual(found.touching, [])
    })
  }
})

describe('text stays copyable by long-press when WeChat refuses the clipboard', () => {
  for (const [link, selector] of [
    ['/pages/section/index?id=economy', '.full-text__block'],
    ['/pages/benefit/index?id=dibao', '.cited-list__text'],
  ]) {
    it(`${link}: every ${selector} is selectable text`, async () => {
      const { page } = await drawn(link, MODES.standard, 375)
      const blocks = await page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)].map((el) => ({
            tag: el.tagName,
            selectable: el.hasAttribute('data-user-select'),
            css: getComputedStyle(el).userSelect,
          })),
        selector,
      )
      assert.ok(blocks.length >= 3, `only ${blocks.length} blocks`)
      assert.deepEqual(
        blocks.filter((b) => b.tag !== 'WX-TEXT' || !b.selectable || b.css !== 'text'),
        [],
      )
    })
  }
})

describe('the custom tab bar in WeChat', () => {
  for (const [link, label] of [
    ['/pages/report/index', '报告'],
    ['/pages/benefits/index', '惠民政策'],
    ['/pages/mine/index', '我的'],
  ]) {
    it(`${link}: 「${label}」 is the selected tab, said in words; 长辈模式 labels ≥ 18px, bar ≥ 60px`, async () => {
      const { page } = await drawn(link, MODES.large, 360)
      const bar = await page.evaluate(() => {
        const items = [...document.querySelectorAll('.tab-bar__item')]
        return {
          labels: items.map((el) => el.textContent.trim()),
          selected: items.filter((el) => el.classList.contains('tab-bar__item--selected')).map((el) => el.getAttribute('aria-label')),
          labelPx: Math.min(...[...document.querySelectorAll('.tab-bar__label')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
          barPx: document.querySelector('.tab-bar').getBoundingClientRect().height,
          icons: document.querySelectorAll('.tab-bar__icon img').length,
          iconsHidden: [...document.querySelectorAll('wx-image.tab-bar__icon')].map((el) => el.getAttribute('aria-hidden')),
          iconsDrawn: [...document.querySelectorAll('.tab-bar__icon img')].filter((img) => img.complete && img.naturalWidth > 0).length,
        }
      })
      assert.deepEqual(bar.labels, ['报告', '惠民政策', '我的'])
      assert.deepEqual(bar.selected, [`${label}（当前页）`])
      assert.ok(bar.labelPx >= 18, `labels ${bar.labelPx}px`)
      assert.ok(bar.barPx >= 60, `bar ${bar.barPx}px`)
      assert.equal(bar.icons, 3)
      assert.equal(bar.iconsDrawn, 3, 'an icon file did not load')
      assert.deepEqual(bar.iconsHidden, ['true', 'true', 'true'])
    })
  }

  it('its icons are SVG files in the package (WeChat documents <image> for files, not data URIs)', () => {
    const tabBarJs = readFileSync(join(WEAPP_DIR, 'custom-tab-bar', 'index.js'), 'utf8')
    assert.doesNotMatch(tabBarJs, /data:image/)
    const files = [...tabBarJs.matchAll(/"(assets\/tab-icons\/[\w-]+\.svg)"/g)].map((m) => m[1])
    assert.equal(new Set(files).size, 6)
    for (const file of files) assert.ok(existsSync(join(WEAPP_DIR, file)), file)
  })

  it('app.json asks WeChat for the custom tab bar, and the build has it', () => {
    assert.ok(existsSync(join(WEAPP_DIR, 'custom-tab-bar', 'index.wxml')))
    assert.equal(JSON.parse(readFileSync(join(WEAPP_DIR, 'custom-tab-bar', 'index.json'), 'utf8')).component, true)
    assert.equal(screens.compiled.appJson.tabBar.custom, true)
  })

  it('the custom tab bar answers a press: its own stylesheet has the tap feedback (app.wxss does not reach a component)', () => {
    const wxss = readFileSync(join(WEAPP_DIR, 'custom-tab-bar', 'index.wxss'), 'utf8')
    assert.match(wxss, /\.tab-bar__item\.pressable--pressed\{opacity:\.7\}/)
    assert.ok(readFileSync(join(WEAPP_DIR, 'base.wxml'), 'utf8').includes('hover-class'), 'the view template passes hoverClass on')
  })
})
