/**
 * Long paragraphs (the report has some of 800 characters) are shown, and read aloud, as shorter
 * blocks that break after a full stop. Joining the blocks gives back the paragraph exactly.
 */
export function readableBlocks(text: string, targetLength = 120): string[] {
  const sentences = text.match(/[^。！？]+[。！？]*|[。！？]+/g) ?? [text]
  const blocks: string[] = []
  let current = ''
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > targetLength) {
      blocks.push(current)
      current = ''
    }
    current += sentence
  }
  if (current) blocks.push(current)
  return blocks
}

export interface NumberedParagraph {
  line: number
  /** The blocks a reader sees, numbered 1, 2, 3 … through the whole section (the `p` of a link). */
  blocks: { n: number; text: string }[]
}

/** A section's paragraphs as shown: blocks numbered through the section. */
export function numberedBlocks(paragraphs: { line: number; text: string }[]): NumberedParagraph[] {
  let n = 0
  return paragraphs.map((p) => ({ line: p.line, blocks: readableBlocks(p.text).map((text) => ({ n: ++n, text })) }))
}

/**
 * The block a quoted fragment of a section starts in (the `p` a figure's or a benefit's link opens at),
 * or null when the section's text does not contain it.
 */
export function blockOfQuote(paragraphs: { line: number; text: string }[], quote: string): number | null {
  const paragraph = paragraphs.findIndex((p) => p.text.includes(quote))
  if (paragraph === -1) return null
  const at = paragraphs[paragraph].text.indexOf(quote)
  const { blocks } = numberedBlocks(paragraphs)[paragraph]
  let end = 0
  for (const block of blocks) {
    end += block.text.length
    if (at < end) return block.n
  }
  return null
}
