import { Text, View } from '@tarojs/components'
import type { FinderQuestion as Question } from '../../domain/benefits/types'
import BlockTitle from '../block-title'
import ChoiceButton from '../choice-button'
import { useT } from '../../settings/settings-context'
import './index.scss'

interface FinderQuestionProps {
  question: Question
  position: string
  selected: string[] | undefined
  onToggle: (answerId: string | null) => void
}

export default function FinderQuestion({ question, position, selected, onToggle }: FinderQuestionProps) {
  const t = useT()
  return (
    <View className='finder-question'>
      <Text className='finder-question__position'>{t(position)}</Text>
      <BlockTitle level={2}>{question.text}</BlockTitle>
      {question.hint && <Text className='finder-question__hint'>{t(question.hint)}</Text>}
      <View className='finder-question__answers'>
        {question.answers.map((a) => (
          <ChoiceButton key={a.id} label={a.text} selected={selected?.includes(a.id) ?? false} onToggle={() => onToggle(a.id)} />
        ))}
        <ChoiceButton label={question.none} selected={selected !== undefined && selected.length === 0} onToggle={() => onToggle(null)} />
      </View>
    </View>
  )
}
