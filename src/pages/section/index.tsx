import { Text, View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import FigureTile from '../../components/figure-tile'
import FullText, { blockElementId } from '../../components/full-text'
import NotFound from '../../components/not-found'
import ShareButton from '../../components/share-button'
import ActionButton from '../../components/action-button'
import SectionPager from '../../components/section-pager'
import ReadAloud from '../../components/read-aloud'
import BenefitItem from '../../components/benefit-item'
import { entriesOfSection } from '../../domain/benefits/benefit-index'
import { neighboursOf } from '../../domain/report/report'
import { blockCountOf, paragraphsOf, partsAnnouncedBy, readAloudTexts, sectionPlainText } from '../../domain/report/text'
import { latestEdition, sectionMessage } from '../../domain/report/section-figures'
import SectionCard from '../../components/section-card'
import { pageLink } from '../../platform/page-link'
import { linkedSection } from '../../domain/report/editions'
import { parsePosition, parseYear } from '../../domain/route-params'
import { useRouteParam } from '../../hooks/use-route-param'
import { useScrollTo } from '../../hooks/use-scroll-to'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { usePageTitle } from '../../hooks/use-page-title'
import { copyText } from '../../platform/clipboard'
import { openPage, replacePage, restartAt, returnTo } from '../../platform/navigation'
import { APP_NAME, routes, YEAR_OF_LINKS_WITHOUT_ONE } from '../../routes'
import { useT } from '../../settings/settings-context'
import FullAppOnly from '../../components/full-app-only'
import './index.scss'
import { SELECTABLE } from '../../components/selectable'

function SectionPage() {
  const t = useT()
  // A link names its report's year; one without (every link shared before) means 2024's.
  const year = parseYear(useRouteParam('year')) ?? YEAR_OF_LINKS_WITHOUT_ONE
  const linked = linkedSection(year, useRouteParam('id'))
  const edition = linked?.edition ?? latestEdition
  const section = linked?.section ?? null
  // A link to one block (from search, or shared): a bad or missing p just opens the top of the section.
  const marked = parsePosition(useRouteParam('p'), section ? blockCountOf(section, edition) : 0)
  const share = shares.section(section, marked, edition.year)
  usePageShare(share)
  usePageTitle(t(section?.title ?? '未找到'))
  useScrollTo(marked ? blockElementId(marked) : null)

  if (!section) {
    return (
      <PageShell>
        <NotFound what='这一章' backLabel='回到报告目录' onBack={() => restartAt(routes.report())} />
      </PageShell>
    )
  }
  const related = entriesOfSection(section.id, edition.year)
  const parts = partsAnnouncedBy(section, edition)
  // Title, summary and key figures fill the first screen; the full text and what follows it come a
  // task later, unless the link points into the text, which must then be there to scroll to.
  const later = (
    <>
      <BlockTitle>原文</BlockTitle>
      <FullText heading={section.heading} paragraphs={paragraphsOf(section, edition)} marked={marked} />
      {parts.length > 0 && (
        <View className='section-page__parts'>
          {parts.map((part) => (
            <SectionCard key={part.id} section={part} figures={[]} onOpen={() => openPage(routes.section(part.id, null, edition.year))} />
          ))}
        </View>
      )}
      <FullAppOnly>
        <View className='section-page__actions'>
          <ShareButton payload={share} message={sectionMessage(section, edition)} />
          <ActionButton onClick={() => copyText(t(sectionPlainText(section, APP_NAME, pageLink(share.path), edition)), '全文已复制，可以粘贴到微信里')}>
            复制全文
          </ActionButton>
        </View>
      </FullAppOnly>
      {related.length > 0 && (
        <>
          <BlockTitle>和这一章有关的惠民政策</BlockTitle>
          {related.map((entry) => (
            <BenefitItem key={entry.id} entry={entry} onOpen={() => openPage(routes.benefit(entry.id))} />
          ))}
        </>
      )}
      <FullAppOnly>
        <SectionPager neighbours={neighboursOf(section.id, edition.report.sections)} onOpen={(next) => replacePage(routes.section(next, null, edition.year))} />
        <View className='section-page__home'>
          <ActionButton onClick={() => returnTo(routes.report())}>回到报告目录</ActionButton>
        </View>
      </FullAppOnly>
    </>
  )
  return (
    <PageShell later={later} laterAtOnce={marked !== null}>
      <BlockTitle level={1}>{section.title}</BlockTitle>
      <ReadAloud texts={readAloudTexts(section, edition)} />
      <Text className='section-page__summary' {...SELECTABLE}>{t(section.summary)}</Text>
      {section.figures.length > 0 && (
        <>
          <BlockTitle>关键数字</BlockTitle>
          <View className='figure-grid'>
            {section.figures.map((f) => (
              <FigureTile key={f.id} figure={f} showQuote onOpenEarlier={(h) => openPage(routes.section(h.section, null, h.year))} />
            ))}
          </View>
        </>
      )}
    </PageShell>
  )
}

export default guardPage(SectionPage, PAGE_TITLES.section)
