import { useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import SearchBox from '../../components/search-box'
import BenefitItem from '../../components/benefit-item'
import NoResults from '../../components/no-results'
import ActionButton from '../../components/action-button'
import SearchEntry from '../../components/search-entry'
import { benefitIndex, entriesByCategory } from '../../domain/benefits/benefit-index'
import { hitNote, search, SUGGESTED_QUERIES } from '../../domain/search/search'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { openPage } from '../../platform/navigation'
import { callPhone, HOTLINE } from '../../platform/phone'
import { routes } from '../../routes'
import FullAppOnly from '../../components/full-app-only'
import './index.scss'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'

function BenefitsPage() {
  usePageShare(shares.benefits())
  const [query, setQuery] = useState('')
  const hits = useMemo(() => search(benefitIndex, query), [query])
  const searching = query.trim().length > 0
  // With the box empty, every category: the first fills the first screen, the others come a task later.
  const [firstCategory, ...otherCategories] = searching
    ? []
    : entriesByCategory().map((category) => (
        <View key={category.id}>
          <BlockTitle>{category.name}</BlockTitle>
          {category.entries.map((entry) => (
            <BenefitItem key={entry.id} entry={entry} onOpen={() => openPage(routes.benefit(entry.id))} />
          ))}
        </View>
      ))

  return (
    <PageShell tab='benefits' later={otherCategories}>
      <BlockTitle level={1}>惠民政策查询</BlockTitle>
      <SearchBox value={query} onChange={setQuery} />
      {/* Typing: the answers come right under the box (the keyboard leaves little room); one box per page. */}
      {searching && hits.length > 0 && (
        <View aria-live='polite'>
          <BlockTitle>{`找到 ${hits.length} 项`}</BlockTitle>
          {hits.map((hit) => (
            <BenefitItem key={hit.entry.id} entry={hit.entry} note={hitNote(hit)} onOpen={() => openPage(routes.benefit(hit.entry.id))} />
          ))}
        </View>
      )}
      {searching && hits.length === 0 && <NoResults query={query} suggestions={SUGGESTED_QUERIES} onPick={setQuery} onCall={() => callPhone(HOTLINE)} />}
      <FullAppOnly>
        {searching ? (
          <View className='benefits-page__search'>
            <SearchEntry query={query.trim()} onOpen={() => openPage(routes.search(query.trim()))} />
          </View>
        ) : (
          <View className='benefits-page__finder'>
            <ActionButton onClick={() => openPage(routes.finder())}>不知道查什么？回答几个问题帮您找</ActionButton>
          </View>
        )}
      </FullAppOnly>
      {firstCategory}
    </PageShell>
  )
}

export default guardPage(BenefitsPage, PAGE_TITLES.benefits)
