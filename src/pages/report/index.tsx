import { View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import ReportCover from '../../components/report-cover'
import BlockTitle from '../../components/block-title'
import FigureTile from '../../components/figure-tile'
import SectionCard from '../../components/section-card'
import LargeTextToggle from '../../components/large-text-toggle'
import SearchEntry from '../../components/search-entry'
import ActionButton from '../../components/action-button'
import { cardFigures, overviewFigures, overviewMessage, report, sectionsOfGroup } from '../../domain/report/report'
import ShareButton from '../../components/share-button'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { openPage } from '../../platform/navigation'
import { routes } from '../../routes'
import FullAppOnly from '../../components/full-app-only'
import './index.scss'

function ReportPage() {
  const share = shares.report()
  usePageShare(share)
  // The cover and the one-minute overview fill the first screen; the section cards follow a task later.
  const sectionCards = report.groups.map((group) => (
    <View key={group.id} className='report-page__group'>
      <BlockTitle>{group.title}</BlockTitle>
      {sectionsOfGroup(group).map((section) => (
        <SectionCard key={section.id} section={section} figures={cardFigures(section)} onOpen={() => openPage(routes.section(section.id, null, report.year))} />
      ))}
      {group.id === report.planGroup && (
        <FullAppOnly>
          <View className='report-page__entry'>
            {/* What the page holds whether or not next year's report has been compared yet. */}
            <ActionButton onClick={() => openPage(routes.plan())}>{`看${report.year + 1}年计划里的每一件事`}</ActionButton>
          </View>
        </FullAppOnly>
      )}
    </View>
  ))
  // 往年报告: every earlier year, one tap away.
  const earlier = report.years.filter((y) => y.year !== report.year)
  const archive = earlier.length > 0 && (
    <FullAppOnly>
      <View className='report-page__group'>
        <BlockTitle>往年报告</BlockTitle>
        {earlier.map((y) => (
          <View key={y.year} className='report-page__entry'>
            <ActionButton onClick={() => openPage(routes.year(y.year))}>{y.title}</ActionButton>
          </View>
        ))}
      </View>
    </FullAppOnly>
  )
  return (
    <PageShell
      tab='report'
      later={
        <>
          <FullAppOnly>
            <ShareButton payload={share} message={overviewMessage()} />
          </FullAppOnly>
          {sectionCards}
          {archive}
        </>
      }
    >
      <ReportCover title={report.title} issuer={report.issuer} draft={report.draft} onOpenCorrections={() => openPage(routes.corrections())} />
      <View className='report-page__toggle'>
        <LargeTextToggle />
      </View>
      <FullAppOnly>
        <View className='report-page__search'>
          <SearchEntry onOpen={() => openPage(routes.search())} />
        </View>
      </FullAppOnly>
      <BlockTitle>一分钟看懂</BlockTitle>
      <View className='figure-grid' role='region' aria-label='一分钟看懂'>
        {overviewFigures().map((f) => (
          <FigureTile key={`${f.section.id}/${f.id}`} figure={f} onClick={() => openPage(routes.section(f.section.id, f.p, report.year))} />
        ))}
      </View>
    </PageShell>
  )
}

export default guardPage(ReportPage, PAGE_TITLES.report)
