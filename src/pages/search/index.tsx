import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import SearchBox from '../../components/search-box'
import BenefitItem from '../../components/benefit-item'
import ReportHit from '../../components/report-hit'
import NoResults from '../../components/no-results'
import { searchMessage, searchSite, siteHitNote, SITE_SUGGESTIONS } from '../../domain/search/site-search'
import ShareButton from '../../components/share-button'
import FullAppOnly from '../../components/full-app-only'
import { parseSearchParam } from '../../domain/route-params'
import { useRouteParam } from '../../hooks/use-route-param'
import { usePageShare } from '../../hooks/use-page-share'
import { usePageTitle } from '../../hooks/use-page-title'
import { shares } from '../../shares'
import { openPage } from '../../platform/navigation'
import { callPhone, HOTLINE } from '../../platform/phone'
import { APP_NAME, routes } from '../../routes'
import { useT } from '../../settings/settings-context'
import { pressable } from '../../components/pressable'
import { report } from '../../domain/report/report'
import './index.scss'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'

function SearchPage() {
  const t = useT()
  const [query, setQuery] = useState(parseSearchParam(useRouteParam('q')))
  const results = useMemo(() => searchSite(query), [query])
  const searching = query.trim().length > 0
  const found = results.benefits.length + results.report.length
  const share = shares.search(query.trim())
  usePageShare(share)
  usePageTitle(t('搜索'))

  return (
    <PageShell>
      <BlockTitle level={1}>搜索报告和惠民政策</BlockTitle>
      <SearchBox value={query} onChange={setQuery} label='搜索报告和惠民政策' placeholder='比如：修路、喝水、村名' />
      {/* Before anything is typed: what villagers often look for, one tap each (laid out as NoResults' words). */}
      {!searching && (
        <View className='no-results'>
          <Text className='no-results__title'>{t('大家常搜：')}</Text>
          <View className='no-results__words'>
            {SITE_SUGGESTIONS.map((w) => (
              <View key={w} className='no-results__word' {...pressable(() => setQuery(w))}>
                {t(w)}
              </View>
            ))}
          </View>
        </View>
      )}
      {searching && found === 0 && <NoResults query={query} what='内容' suggestions={SITE_SUGGESTIONS} onPick={setQuery} onCall={() => callPhone(HOTLINE)} />}
      {searching && found > 0 && (
        <View aria-live='polite'>
          {results.benefits.length > 0 && <BlockTitle>{`惠民政策（${results.benefits.length} 项）`}</BlockTitle>}
          {results.benefits.map((hit) => (
            <BenefitItem key={hit.entry.id} entry={hit.entry} note={siteHitNote(hit)} onOpen={() => openPage(routes.benefit(hit.entry.id))} />
          ))}
          {results.report.length > 0 && <BlockTitle>{`报告里说到（${results.report.length} 处）`}</BlockTitle>}
          {results.report.map((hit) => (
            <ReportHit
              key={`${hit.section}/${hit.sentence.paragraph}/${hit.sentence.text.slice(0, 12)}`}
              hit={hit}
              onOpen={() => openPage(routes.section(hit.section, hit.sentence.paragraph, report.year))}
            />
          ))}
          <FullAppOnly>
            <ShareButton payload={share} message={searchMessage(query.trim(), results, APP_NAME)} />
          </FullAppOnly>
        </View>
      )}
    </PageShell>
  )
}

export default guardPage(SearchPage, PAGE_TITLES.search)
