import { searchSite } from '../../src/domain/site-search'
import { markedPieces } from '../../src/domain/report-search'
it('peek', () => {
  for (const q of ['2025年准备做什么', '种田补贴多少钱一亩', '医保', '明年修路', '补贴', '棉花补贴多少钱', '2024年发了多少低保', '明年打算怎么搞产业']) {
    const r = searchSite(q)
    console.log('Q', q, '| benefits:', r.benefits.map((b) => b.entry.id + ':' + b.score + ':' + b.matched).join(' '))
    for (const h of r.report.slice(0, 4)) console.log('   ', h.section, h.score, markedPieces(h).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('').slice(0, 70), h.follow ? ' +FOLLOW ' + h.follow.slice(0, 30) : '')
  }
  expect(1).toBe(1)
})
