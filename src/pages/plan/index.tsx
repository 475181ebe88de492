import { Text, View } from '@tarojs/components'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import PlanItem from '../../components/plan-item'
import ActionButton from '../../components/action-button'
import FullAppOnly from '../../components/full-app-only'
import { itemsByChapter, plans } from '../../domain/plans'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { openPage } from '../../platform/navigation'
import { routes } from '../../routes'
import { useT } from '../../settings/settings-context'
import './index.scss'

/** 「去年说要做的事」: each plan's items, chapter by chapter, with what the next year's report says of them. */
export default function PlanPage() {
  const t = useT()
  const [latest] = plans
  usePageShare(shares.plan(latest?.planYear ?? null))
  return (
    <PageShell>
      <BlockTitle level={1}>去年说要做的事</BlockTitle>
      {plans.map((plan) => (
        <View key={plan.fromYear} className='plan-page__plan'>
          <Text className='plan-page__intro'>
            {t(
              `《${plan.fromYear}年工作总结和${plan.planYear}年工作计划》说，${plan.planYear}年要做下面这 ${plan.items.length} 件事。` +
                (plan.items.some((i) => i.outcome)
                  ? `每一件都和${plan.planYear}年工作总结对照过。`
                  : `等${plan.planYear}年的工作总结公布后，逐件对照：做到了、在做，还是报告没提。`),
            )}
          </Text>
          {itemsByChapter(plan).map((chapter) => (
            <View key={chapter.section} className='plan-page__chapter'>
              <BlockTitle>{chapter.sectionTitle}</BlockTitle>
              {chapter.items.map((item) => (
                <PlanItem key={item.id} plan={plan} item={item} />
              ))}
              <FullAppOnly>
                <View className='plan-page__more'>
                  <ActionButton onClick={() => openPage(routes.section(chapter.section, null, plan.fromYear))}>看这一章的原文</ActionButton>
                </View>
              </FullAppOnly>
            </View>
          ))}
        </View>
      ))}
    </PageShell>
  )
}
