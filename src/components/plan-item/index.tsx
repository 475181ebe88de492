import { Text, View } from '@tarojs/components'
import type { Plan, PlanItem as Item } from '../../domain/report/plans'
import { outcomeLabel } from '../../domain/report/plans'
import { useT } from '../../settings/settings-context'
import './index.scss'
import { SELECTABLE } from '../selectable'

interface PlanItemProps {
  plan: Plan
  item: Item
}

/** One thing a report said would be done: in plain words, the plan's own words, and what became of it. */
export default function PlanItem({ plan, item }: PlanItemProps) {
  const t = useT()
  const status = item.outcome?.status ?? 'waiting'
  return (
    <View className='plan-item'>
      <Text className='plan-item__text'>{t(item.text)}</Text>
      <Text className='plan-item__quote' {...SELECTABLE}>
        {t(`计划原文：“${item.quote}”`)}
      </Text>
      <Text className={`plan-item__status plan-item__status--${status}`}>{t(outcomeLabel(plan, item))}</Text>
      {item.outcome?.quote && (
        <Text className='plan-item__quote' {...SELECTABLE}>
          {t(`${item.outcome.year}年报告原文：“${item.outcome.quote}”`)}
        </Text>
      )}
    </View>
  )
}
