/** Read-aloud helpers (the web build's speechSynthesis). Pure: voices and texts in, choices out. */
import { readableBlocks } from '../report/blocks'
import { flatMap } from '../lists'

export interface VoiceLike {
  lang: string
  name: string
  localService?: boolean
}

/** A Mandarin voice, preferring zh-CN and voices on the device (they work offline). */
export function chineseVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  const zh = voices.filter((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang))
  const rank = (v: V) => (/^zh[-_]CN$/i.test(v.lang) ? 0 : /^zh[-_](Hans|SG)/i.test(v.lang) ? 1 : 2) + (v.localService ? 0 : 0.5)
  return [...zh].sort((a, b) => rank(a) - rank(b))[0] ?? null
}

/** Short utterances (engines drop or cut long ones), in reading order. */
export function speechChunks(texts: readonly string[], maxLength = 120): string[] {
  return flatMap(texts, (text) => readableBlocks(text, maxLength)).filter((chunk) => chunk.trim().length > 0)
}
