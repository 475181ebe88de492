import { View } from '@tarojs/components'
import type { Script } from '../../domain/reader/settings'
import { useSettings } from '../../settings/settings-context'
import ChoiceButton from '../choice-button'
import './index.scss'

const OPTIONS: { script: Script; label: string }[] = [
  { script: 'simplified', label: '简体字' },
  { script: 'traditional', label: '繁體字' },
]

/** Each script is named in its own form in both editions, so a reader of either finds the way back. */
export default function ScriptSwitch() {
  const { settings, setScript } = useSettings()
  return (
    <View className='script-switch' role='group' aria-label='文字'>
      {OPTIONS.map((o) => (
        <ChoiceButton key={o.script} label={o.label} asWritten selected={settings.script === o.script} onToggle={() => setScript(o.script)} />
      ))}
    </View>
  )
}
