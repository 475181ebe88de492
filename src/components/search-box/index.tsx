import { Input, View } from '@tarojs/components'
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
        maxlength={200}
        aria-label={t(label)}
        onInput={(e) => onChange(typeof e.detail?.value === 'string' ? e.detail.value : '')}
      />
      {value.length > 0 && (
        <View className='search-box__clear' aria-label={t('清空搜索')} {...pressable(() => onChange(''))}>
          {t('清空')}
        </View>
      )}
    </View>
  )
}
