import { Text, View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import InfoBlock from '../../components/info-block'
import CitedList from '../../components/cited-list'
import ContactCard from '../../components/contact-card'
import QuotedFigure from '../../components/quoted-figure'
import NotFound from '../../components/not-found'
import ShareButton from '../../components/share-button'
import ActionButton from '../../components/action-button'
import { isBenefitId } from '../../domain/benefits/benefit-index'
import { benefitMessage, benefitView, contactsOf, findBenefit, quotedReportYear } from '../../domain/benefits/details'
import { formatFigure } from '../../domain/report/report'
import { useRouteId } from '../../hooks/use-route-id'
import { usePageShare } from '../../hooks/use-page-share'
import { shares } from '../../shares'
import { usePageTitle } from '../../hooks/use-page-title'
import { openPage, restartAt, returnTo } from '../../platform/navigation'
import { callPhone, HOTLINE } from '../../platform/phone'
import { routes } from '../../routes'
import { useSettings } from '../../settings/settings-context'
import ReadAloud from '../../components/read-aloud'
import VillagePicker from '../../components/village-picker'
import { contactViews } from '../../domain/benefits/local-facts'
import FullAppOnly from '../../components/full-app-only'
import { countyShortName, town } from '../../domain/town'
import './index.scss'
import { SELECTABLE } from '../../components/selectable'

function BenefitPage() {
  const { t, village } = useSettings()
  const id = useRouteId(isBenefitId)
  const benefit = id ? findBenefit(id) : null
  const share = shares.benefit(benefit)
  usePageShare(share)
  usePageTitle(t(benefit?.name ?? '未找到'))

  if (!benefit) {
    return (
      <PageShell>
        <NotFound what='这项政策' backLabel='看全部惠民政策' onBack={() => restartAt(routes.benefits())} />
      </PageShell>
    )
  }
  const view = benefitView(benefit)
  // Name, summary and who can apply fill the first screen; the rest comes a task later.
  const later = (
    <>
      {view.contributions.length > 0 && (
        <InfoBlock title='每年要交多少'>
          <CitedList items={view.contributions} />
        </InfoBlock>
      )}
      <InfoBlock title={view.getTitle}>
        {/* What is known first: the town's own amounts, then the national and Hunan figures that apply. */}
        {view.knownAmounts.length > 0 && <CitedList items={view.knownAmounts} />}
        {view.whatYouGet.length > 0 && <CitedList items={view.whatYouGet} />}
        {view.unknownAmount && (
          <>
            <Text className='benefit-page__local'>{t(view.unknownAmount.standard)}</Text>
            {view.unknownAmount.references.length > 0 && (
              <>
                <Text className='benefit-page__reference'>{t(`参考（不是${countyShortName}今年的标准）：`)}</Text>
                <CitedList items={view.unknownAmount.references} />
              </>
            )}
            <Text className='benefit-page__ask'>{t(view.unknownAmount.ask)}</Text>
          </>
        )}
      </InfoBlock>
      <InfoBlock title='怎么申请'>
        <CitedList items={view.steps} numbered />
      </InfoBlock>
      {view.onPhone.length > 0 && (
        <InfoBlock title='在手机上交'>
          <CitedList items={view.onPhone} />
        </InfoBlock>
      )}
      <InfoBlock title='要带什么'>
        <CitedList items={view.documents} />
      </InfoBlock>
      <InfoBlock title='找谁问'>
        <VillagePicker />
        {contactViews(contactsOf(benefit), village).map((c) => (
          <ContactCard key={c.id} contact={c} onCall={callPhone} />
        ))}
      </InfoBlock>
      <InfoBlock title={`${town.town}${quotedReportYear}年做了什么`}>
        {benefit.reported.length + benefit.mentions.length === 0 && <Text className='benefit-page__none'>{t('工作报告里没有单列这一项的数字。')}</Text>}
        {benefit.reported.map((r) => (
          <QuotedFigure
            key={r.quote + r.label}
            value={formatFigure(r)}
            label={r.label}
            quote={r.quote}
            sectionTitle={r.sectionTitle}
            onOpenSection={() => openPage(routes.section(r.section, r.p, r.year))}
          />
        ))}
        {benefit.mentions.map((m) => (
          <QuotedFigure key={m.quote} quote={m.quote} sectionTitle={m.sectionTitle} onOpenSection={() => openPage(routes.section(m.section, m.p, m.year))} />
        ))}
      </InfoBlock>
      {view.legalBasis.length > 0 && (
        <InfoBlock title='政策依据'>
          <CitedList items={view.legalBasis} />
        </InfoBlock>
      )}
      {view.notes.length > 0 && (
        <InfoBlock title='提醒'>
          <CitedList items={view.notes} />
        </InfoBlock>
      )}
      <Text className='benefit-page__disclaimer'>{t(`以上内容整理自公开的法规和政策说明，只作参考，以${town.county}有关部门的最新规定为准。`)}</Text>
      <FullAppOnly>
        <View className='benefit-page__actions'>
          <ActionButton variant='primary' onClick={() => callPhone(HOTLINE)}>
            {`打 ${HOTLINE} 咨询`}
          </ActionButton>
          <ShareButton payload={share} message={benefitMessage(benefit, village)} />
          <ActionButton onClick={() => returnTo(routes.benefits())}>看全部惠民政策</ActionButton>
        </View>
      </FullAppOnly>
    </>
  )
  return (
    <PageShell later={later}>
      <BlockTitle level={1}>{benefit.name}</BlockTitle>
      <Text className='benefit-page__meta'>{t(view.meta)}</Text>
      <ReadAloud texts={view.readAloud} />
      <Text className='benefit-page__summary' {...SELECTABLE}>{t(benefit.summary)}</Text>

      <InfoBlock title='谁能申请'>
        <CitedList items={view.eligibility} />
      </InfoBlock>
    </PageShell>
  )
}

export default guardPage(BenefitPage, PAGE_TITLES.benefit)
