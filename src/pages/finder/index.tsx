import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import ActionButton from '../../components/action-button'
import FinderQuestion from '../../components/finder-question'
import FinderResults from '../../components/finder-results'
import { finderData, suggestBenefits, toggleAnswer, type FinderAnswers } from '../../domain/benefits/finder'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { openPage } from '../../platform/navigation'
import { routes } from '../../routes'
import { useT } from '../../settings/settings-context'
import './index.scss'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'

const QUESTIONS = finderData.questions

/** Answers live only in this page's memory: nothing is stored or sent. */
function FinderPage() {
  usePageShare(shares.finder())
  const t = useT()
  const [step, setStep] = useState(0)
  const [answers, setAnswers] = useState<FinderAnswers>({})
  const showingResults = step >= QUESTIONS.length

  if (showingResults) {
    return (
      <PageShell>
        <BlockTitle level={1}>可能适合您家的政策</BlockTitle>
        <FinderResults results={suggestBenefits(answers)} onOpen={(entry) => openPage(routes.benefit(entry.id))} />
        <View className='finder-page__nav'>
          <ActionButton onClick={() => setStep(QUESTIONS.length - 1)}>‹ 改答案</ActionButton>
          <ActionButton
            onClick={() => {
              setAnswers({})
              setStep(0)
            }}
          >
            重新回答
          </ActionButton>
        </View>
      </PageShell>
    )
  }

  const question = QUESTIONS[step]
  return (
    <PageShell>
      <BlockTitle level={1}>看看我能享受什么</BlockTitle>
      <Text className='finder-page__intro'>{t('回答几个问题，随时可以看结果。答案只留在这个页面，不保存、不上传。')}</Text>
      <FinderQuestion
        question={question}
        position={`第 ${step + 1} 题，共 ${QUESTIONS.length} 题`}
        selected={answers[question.id]}
        onToggle={(answerId) => setAnswers((a) => toggleAnswer(finderData, a, question.id, answerId))}
      />
      <View className='finder-page__nav'>
        {step > 0 && <ActionButton onClick={() => setStep(step - 1)}>‹ 上一题</ActionButton>}
        <ActionButton variant='primary' onClick={() => setStep(step + 1)}>
          {step + 1 < QUESTIONS.length ? '下一题 ›' : '看结果'}
        </ActionButton>
      </View>
      {step + 1 < QUESTIONS.length && (
        <View className='finder-page__skip'>
          <ActionButton onClick={() => setStep(QUESTIONS.length)}>直接看结果</ActionButton>
        </View>
      )}
    </PageShell>
  )
}

export default guardPage(FinderPage, PAGE_TITLES.finder)
