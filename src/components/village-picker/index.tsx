import { Text, View } from '@tarojs/components'
import { localFacts } from '../../domain/benefits/local-data'
import { useSettings } from '../../settings/settings-context'
import ChoiceButton from '../choice-button'
import './index.scss'

/**
 * 「我是哪个村」, chosen once and remembered (changeable here). Only the villages whose details the
 * town has supplied are offered; with none supplied it shows nothing.
 */
export default function VillagePicker() {
  const { village, setVillage, t } = useSettings()
  if (localFacts.villages.length === 0) return null
  return (
    <View className='village-picker' role='group' aria-label={t('我是哪个村')}>
      <Text className='village-picker__ask'>{t('我是哪个村（选一次就记住，村里的电话会排在最前面）：')}</Text>
      {localFacts.villages.map((v) => (
        <ChoiceButton key={v.name} label={v.name} selected={village === v.name} onToggle={() => setVillage(village === v.name ? null : v.name)} />
      ))}
    </View>
  )
}
