import { Input, Text, View } from '@tarojs/components'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import './index.scss'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** Spoken name of the box. */
  label?: string
  placeholder?: string
}

/** The most the box takes: a longer paste keeps its start, and says so. */
export const SEARCH_MAX_LENGTH = 200

/** Short enough to show whole in 长辈模式 on a 320-px phone (a test measures it). */
export const SEARCH_PLACEHOLDER = '比如：低保、新农合'

export default function SearchBox({ value, onChange, label = '搜索惠民政策', placeholder = SEARCH_PLACEHOLDER }: SearchBoxProps) {
  const t = useT()
  return (
    <View className='search-box' role='search'>
      <Input
        className='search-box__input'
        type='text'
        value={value}
        placeholder={t(placeholder)}
        confirmType='search'
        maxlength={SEARCH_MAX_LENGTH}
        aria-label={t(label)}
        onInput={(e) => onChange(typeof e.detail?.value === 'string' ? e.detail.value.slice(0, SEARCH_MAX_LENGTH) : '')}
      />
      {value.length >= SEARCH_MAX_LENGTH && <Text className='search-box__cut'>{t(`太长了，只留了前${SEARCH_MAX_LENGTH}个字`)}</Text>}
      {value.length > 0 && (
        <View className='search-box__clear' aria-label={t('清空搜索')} {...pressable(() => onChange(''))}>
          {t('清空')}
        </View>
      )}
    </View>
  )
}
