import { Text, View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import ActionButton from '../../components/action-button'
import { returnTo } from '../../platform/navigation'
import { routes } from '../../routes'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { correctionGroups, describeChange } from '../../domain/report/corrections'
import { report } from '../../domain/report/report'
import { useT } from '../../settings/settings-context'
import FullAppOnly from '../../components/full-app-only'
import './index.scss'

function CorrectionsPage() {
  const t = useT()
  usePageShare(shares.corrections())
  return (
    <PageShell>
      <BlockTitle level={1}>校勘说明</BlockTitle>
      <Text className='corrections-page__intro'>
        {t(`本应用的报告文字来自${report.publishedBy}发布的《${report.title}》。数字一个没改；文字只做了下面几类整理，每一处都列在这里。`)}
      </Text>
      {correctionGroups().map((group) => (
        <View key={group.kind} className='corrections-page__group'>
          <BlockTitle>{`${group.name}（${group.count === null ? '全文' : `${group.count}处`}）`}</BlockTitle>
          <Text className='corrections-page__why'>{t(group.why)}</Text>
          {group.places.map((place) => (
            <View key={`${place.where}-${place.items[0].line}-${place.items[0].offset}`} className='corrections-page__place'>
              <Text className='corrections-page__where'>{t(place.where)}</Text>
              {place.items.map((item) => (
                <View key={`${item.line}-${item.offset}`} className='corrections-page__item'>
                  <Text className='corrections-page__change'>{describeChange(item, t)}</Text>
                  {item.after && (
                    <Text className='corrections-page__context'>
                      …{item.contextBefore}
                      <Text className='corrections-page__mark'>{item.after}</Text>
                      {item.contextAfter}…
                    </Text>
                  )}
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
      <FullAppOnly>
        <View className='corrections-page__back'>
          <ActionButton onClick={() => returnTo(routes.report())}>回到报告目录</ActionButton>
        </View>
      </FullAppOnly>
    </PageShell>
  )
}

export default guardPage(CorrectionsPage, PAGE_TITLES.corrections)
