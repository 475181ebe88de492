import { Input, View } from '@tarojs/components'
import { useT } from '../../settings/settings-context'
import { pressable } from '../pressable'
import './index.scss'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
}

export const SEARCH_PLACEHOLDER = '比如：低保、新农合、看病、dibao'

export default function SearchBox({ value, onChange }: SearchBoxProps) {
  const t = useT()
  return (
    <View className='search-box' role='search'>
      <Input
        className='search-box__input'
        type='text'
        value={value}
        placeholder={t(SEARCH_PLACEHOLDER)}
        confirmType='search'
        maxlength={200}
        aria-label={t('搜索惠民政策')}
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
