import { View } from '@tarojs/components'
import type { Script } from '../../domain/settings'
import { useSettings } from '../../settings/settings-context'
import ChoiceButton from '../choice-button'
import './index.scss'

const OPTIONS: { script: Script; label: string }[] = [
  { script: 'simplified', label: '简体字' },
  { script: 'traditional', label: '繁體字' },
]

export default function ScriptSwitch() {
  const { settings, setScript } = useSettings()
  return (
    <View className='script-switch' role='group' aria-label='文字'>
      {OPTIONS.map((o) => (
        <ChoiceButton key={o.script} label={o.label} selected={settings.script === o.script} onToggle={() => setScript(o.script)} />
      ))}
    </View>
  )
}
