// Derives the report search vocabulary (src/data/report-search.json) from content/search/: the
// report's named places and products, and villagers' everyday words for its official terms, each
// with full pinyin and initials from pinyin-pro (build time only). The sentences themselves come
// from the shipped report text, so the index adds only this vocabulary.
import { pinyin } from 'pinyin-pro'

const spell = (word) => pinyin(word, { toneType: 'none', type: 'array' }).join('')
const initials = (word) => pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' }).join('')

/** Every word a villager might type for something the report says; throws if a term is not in the report. */
export function deriveReportSearch({ named, everyday }, reportText) {
  const inReport = (term, where) => {
    if (!reportText.includes(term)) throw new Error(`report search: ${where} 「${term}」 does not occur in the report`)
  }
  const vocabulary = []
  for (const word of [...named.places, ...named.products]) {
    inReport(word, 'named term')
    vocabulary.push([word, spell(word), initials(word), []])
  }
  for (const [word, targets] of Object.entries(everyday.words)) {
    if (!targets.length) throw new Error(`report search: everyday word 「${word}」 leads nowhere`)
    for (const target of targets) inReport(target, `target of 「${word}」`)
    vocabulary.push([word, spell(word), initials(word), targets])
  }
  return { vocabulary }
}
