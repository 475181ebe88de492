/**
 * How many key figures a section's card shows on the report home. The content build ships only these
 * (and the overview's) with the home; the rest come with the section page (scripts/content/derive-all.mjs).
 */
export const CARD_FIGURES = 3
