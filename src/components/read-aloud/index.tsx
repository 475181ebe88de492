import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { chineseVoice, speechChunks } from '../../domain/reader/speech'
import { useT } from '../../settings/settings-context'
import ActionButton from '../action-button'
import './index.scss'

interface ReadAloudProps {
  /** What to read, in order (title, summary, then the text). */
  texts: string[]
}

const synth = (): SpeechSynthesis | null => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null)

/**
 * 朗读 (web only): shown only where the browser has a Chinese voice. Reads on the device; nothing is sent.
 * The WeChat build has no dependable offline speech, so index.weapp.tsx renders nothing.
 */
export default function ReadAloud({ texts }: ReadAloudProps) {
  const t = useT()
  const [hasVoice, setHasVoice] = useState(false)
  const [speaking, setSpeaking] = useState(false)

  useEffect(() => {
    const s = synth()
    if (!s) return undefined
    const check = () => setHasVoice(chineseVoice(s.getVoices()) !== null)
    check()
    s.addEventListener?.('voiceschanged', check)
    return () => {
      s.removeEventListener?.('voiceschanged', check)
      s.cancel()
    }
  }, [])

  const s = synth()
  if (!s || !hasVoice) return null

  const start = () => {
    s.cancel()
    const voice = chineseVoice(s.getVoices())
    const chunks = speechChunks(texts.map(t))
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk)
      utterance.lang = voice?.lang ?? 'zh-CN'
      if (voice) utterance.voice = voice
      if (i === chunks.length - 1) utterance.onend = () => setSpeaking(false)
      utterance.onerror = () => setSpeaking(false)
      s.speak(utterance)
    })
    setSpeaking(chunks.length > 0)
  }
  const stop = () => {
    s.cancel()
    setSpeaking(false)
  }

  return (
    <View className='read-aloud' aria-live='polite'>
      {speaking ? (
        <ActionButton variant='primary' onClick={stop}>
          ■ 停止朗读
        </ActionButton>
      ) : (
        <ActionButton onClick={start} ariaLabel='朗读这一页'>
          🔊 朗读
        </ActionButton>
      )}
    </View>
  )
}
