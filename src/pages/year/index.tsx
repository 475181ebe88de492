import { View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import ReportCover from '../../components/report-cover'
import BlockTitle from '../../components/block-title'
import SectionCard from '../../components/section-card'
import NotFound from '../../components/not-found'
import { archivedEdition } from '../../domain/report/archive'
import { cardFigures, report as newest, sectionsOfGroup } from '../../domain/report/report'
import { parseYear } from '../../domain/route-params'
import { useRouteParam } from '../../hooks/use-route-param'
import { usePageShare } from '../../hooks/use-page-share'
import { usePageTitle } from '../../hooks/use-page-title'
import { shares } from '../../shares'
import { openPage, restartAt } from '../../platform/navigation'
import { routes } from '../../routes'
import { useT } from '../../settings/settings-context'
import './index.scss'

/** 往年报告: an earlier year's report, its chapters as cards, each opening that year's text. */
function YearPage() {
  const t = useT()
  const year = parseYear(useRouteParam('year'))
  // The newest year's cards are the home's (report.json); an earlier year's come from the archive.
  const edition = year === null ? null : year === newest.year ? { year, report: newest } : archivedEdition(year)
  usePageShare(shares.year(edition ? { year: edition.year, title: edition.report.title } : null))
  usePageTitle(t(edition ? `${edition.year}年的报告` : '未找到'))
  if (!edition) {
    return (
      <PageShell>
        <NotFound what='这一年的报告' backLabel='回到报告目录' onBack={() => restartAt(routes.report())} />
      </PageShell>
    )
  }
  const { report } = edition
  return (
    <PageShell>
      <ReportCover title={report.title} issuer={report.issuer} onOpenCorrections={() => openPage(routes.corrections())} />
      {report.groups.map((group) => (
        <View key={group.id} className='year-page__group'>
          <BlockTitle>{group.title}</BlockTitle>
          {sectionsOfGroup(group, report.sections).map((section) => (
            <SectionCard
              key={section.id}
              section={section}
              figures={cardFigures(section)}
              onOpen={() => openPage(routes.section(section.id, null, edition.year))}
            />
          ))}
        </View>
      ))}
    </PageShell>
  )
}

export default guardPage(YearPage, PAGE_TITLES.year)
