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
