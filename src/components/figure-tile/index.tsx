import { Text, View } from '@tarojs/components'
import type { Figure } from '../../domain/report-types'
import './index.scss'

interface FigureTileProps {
  figure: Figure
  /** Show the sentence the figure comes from (the section page does; the home page doesn't). */
  showQuote?: boolean
  onClick?: () => void
}

export default function FigureTile({ figure, showQuote = false, onClick }: FigureTileProps) {
  return (
    <View className={`figure-tile${onClick ? ' figure-tile--link' : ''}`} onClick={onClick} role={onClick ? 'link' : undefined}>
      <View className='figure-tile__number'>
        <Text className='figure-tile__value'>{figure.value}</Text>
        <Text className='figure-tile__unit'>{figure.unit}</Text>
      </View>
      <Text className='figure-tile__label'>{figure.label}</Text>
      {showQuote && <Text className='figure-tile__quote'>原文：“{figure.quote}”</Text>}
    </View>
  )
}
