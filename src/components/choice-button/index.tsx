import { Text, View } from '@tarojs/components'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import './index.scss'

interface ChoiceButtonProps {
  label: string
  /** Show the label as written, in either script (a script's own name: 简体字, 繁體字). */
  asWritten?: boolean
  selected: boolean
  onToggle: () => void
}

/** A large answer button; the choice is shown by a tick and words, not by colour alone. */
export default function ChoiceButton({ label, asWritten = false, selected, onToggle }: ChoiceButtonProps) {
  const t = useT()
  return (
    <View className={`choice-button${selected ? ' choice-button--selected' : ''}`} aria-pressed={selected} {...pressable(onToggle)}>
      <Text className='choice-button__mark' aria-hidden='true'>
        {selected ? '✓' : ''}
      </Text>
      <Text className='choice-button__label'>{asWritten ? label : t(label)}</Text>
      {selected && <Text className='choice-button__state'>{t('已选')}</Text>}
    </View>
  )
}
