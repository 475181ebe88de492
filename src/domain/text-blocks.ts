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
