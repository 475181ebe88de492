// index.html carries the heading of every section and benefit, for rem.js to show at once when a
// forwarded link opens one (scripts/build/link-titles.mjs).
import { linkTitles, linkTitlesMeta, withLinkTitles, withoutLinkTitles } from '../../scripts/build/link-titles.mjs'
import reportJson from '../../src/data/report.json'
import benefitsJson from '../../src/data/benefits.json'
import { routes } from '../../src/routes'
import type { SectionId } from '../../src/domain/report/types'
import type { BenefitId } from '../../src/domain/benefits/types'

const titles = linkTitles(reportJson, benefitsJson.benefits, {
  section: (id) => routes.section(id as SectionId),
  benefit: (id) => routes.benefit(id as BenefitId),
})

describe('linkTitles', () => {
  it('has the heading of every section and every benefit, under the link that opens it', () => {
    expect(Object.keys(titles)).toHaveLength(reportJson.sections.length + benefitsJson.benefits.length)
    expect(titles['pages/benefit/index?id=dibao']).toBe('最低生活保障')
    for (const s of reportJson.sections) expect(titles[routes.section(s.id as SectionId).slice(1)]).toBe(s.title)
    for (const b of benefitsJson.benefits) expect(titles[routes.benefit(b.id as BenefitId).slice(1)]).toBe(b.name)
  })
})

describe('the meta rem.js reads', () => {
  const html = '<head><meta charset="utf-8"><script src="./rem.js"></script></head>'

  it('is JSON in an attribute, with quotes, ampersands and angle brackets escaped', () => {
    const meta = linkTitlesMeta({ 'pages/benefit/index?id=x': 'a "b" & <c>' })
    expect(meta).toBe('<meta name="link-titles" content="{&quot;pages/benefit/index?id=x&quot;:&quot;a \\&quot;b\\&quot; &amp; &lt;c>&quot;}">')
    const content = meta.match(/content="([^"]*)"/)?.[1] ?? ''
    // What a browser's parser gives rem.js back (the browser test reads the real thing).
    const parsed = content.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&')
    expect(JSON.parse(parsed)).toEqual({ 'pages/benefit/index?id=x': 'a "b" & <c>' })
  })

  it('goes before rem.js, once, however often the build runs', () => {
    const once = withLinkTitles(html, titles)
    const twice = withLinkTitles(once, titles)
    expect(twice).toBe(once)
    expect(once.indexOf('name="link-titles"')).toBeLessThan(once.indexOf('rem.js'))
    expect(withoutLinkTitles(once)).toBe(html)
  })

  it('refuses an index.html without rem.js, which would never read it', () => {
    expect(() => withLinkTitles('<head></head>', titles)).toThrow(/no rem.js/)
  })
})
