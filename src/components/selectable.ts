/**
 * Body text a villager can long-press and copy (a sentence about their village, into a chat). WeChat
 * reads `userSelect`; Taro's web Text reads `selectable` (its stylesheet makes every other text
 * unselectable). Spread on a Text: `<Text {...SELECTABLE}>`.
 */
export const SELECTABLE = { selectable: true, userSelect: true } as const
