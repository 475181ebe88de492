import { Text, View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import PlanItem from '../../components/plan-item'
import ActionButton from '../../components/action-button'
import FullAppOnly from '../../components/full-app-only'
import { itemsByChapter, planIntro, planMessage, plans } from '../../domain/report/plans'
import ShareButton from '../../components/share-button'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { openPage } from '../../platform/navigation'
import { routes } from '../../routes'
import { useT } from '../../settings/settings-context'
import './index.scss'

/** 「去年说要做的事」: each plan's items, chapter by chapter, with what the next year's report says of them. */
function PlanPage() {
  const t = useT()
  const [latest] = plans
  const share = shares.plan(latest?.planYear ?? null)
  usePageShare(share)
  return (
    <PageShell>
      <BlockTitle level={1}>去年说要做的事</BlockTitle>
      {plans.map((plan) => (
        <View key={plan.fromYear} className='plan-page__plan'>
          <Text className='plan-page__intro'>{t(planIntro(plan))}</Text>
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
      {latest && (
        <FullAppOnly>
          <ShareButton payload={share} message={planMessage(latest)} />
        </FullAppOnly>
      )}
    </PageShell>
  )
}

export default guardPage(PlanPage, PAGE_TITLES.plan)
