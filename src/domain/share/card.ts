/**
 * What a forwarded chat card's picture says: the page's title, its headline figure from the report
 * (value and unit, with the report's own label) or else one line from its summary, and the brand.
 */
import type { Figure } from '../report/types'
import { town } from '../town'

export const SHARE_CARD_BRAND = town.appName

export interface ShareCardFigure {
  /** The report's number, exactly as quoted (947, 65.06, 2100余). */
  value: string
  unit: string
  label: string
}

export interface ShareCard {
  title: string
  /** The page's headline figure from the report, or null where the page has none. */
  figure: ShareCardFigure | null
  /** A short line from the page's summary, shown where there is no figure. */
  line: string
}

/** A card headed by the first of `figures` (the page's key figure), or by `line` when there is none. */
export function shareCard(title: string, line: string, figures: Pick<Figure, 'value' | 'unit' | 'label'>[] = []): ShareCard {
  const first = figures[0]
  return { title, figure: first ? { value: first.value, unit: first.unit, label: first.label } : null, line }
}

/** The same card in another script (繁體): every word villagers read goes through `convert`. */
export function convertCard(card: ShareCard, convert: (text: string) => string): ShareCard {
  return {
    title: convert(card.title),
    figure: card.figure && { value: card.figure.value, unit: convert(card.figure.unit), label: convert(card.figure.label) },
    line: convert(card.line),
  }
}
