import { Text, View } from '@tarojs/components'
import { guardPage } from '../../components/page-guard'
import { PAGE_TITLES } from '../../page-titles'
import PageShell from '../../components/page-shell'
import BlockTitle from '../../components/block-title'
import InfoBlock from '../../components/info-block'
import ActionButton from '../../components/action-button'
import LargeTextToggle from '../../components/large-text-toggle'
import ScriptSwitch from '../../components/script-switch'
import VillagePicker from '../../components/village-picker'
import { localFacts } from '../../domain/benefits/local-data'
import { report } from '../../domain/report/report'
import { useT } from '../../settings/settings-context'
import { openPage } from '../../platform/navigation'
import { routes } from '../../routes'
import { town } from '../../domain/town'
import './index.scss'

function MinePage() {
  const t = useT()
  return (
    <PageShell tab='mine'>
      <BlockTitle level={1}>我的</BlockTitle>
      <InfoBlock title='看得更清楚'>
        <LargeTextToggle />
        <Text className='mine-page__text'>{t('微信字体调大后会自动打开长辈模式；在这里手动开关后，会一直按您的选择。')}</Text>
      </InfoBlock>
      <InfoBlock title='文字'>
        <ScriptSwitch />
      </InfoBlock>
      {localFacts.villages.length > 0 && (
        <InfoBlock title='我是哪个村'>
          <VillagePicker />
        </InfoBlock>
      )}
      <InfoBlock title='关于'>
        <Text className='mine-page__text'>
          {t(
            `报告内容来自${report.publishedBy}发布的《${report.title}》。惠民政策内容整理自公开的法规和政策说明，每一条都注明了依据；本地金额标准以${town.county}有关部门公布为准。`,
          )}
        </Text>
        <Text className='mine-page__text'>{t(`内容整理日期：${report.updated}`)}</Text>
        <View className='mine-page__row'>
          <ActionButton onClick={() => openPage(routes.corrections())}>校勘说明：原文改了哪些字</ActionButton>
        </View>
      </InfoBlock>
      <InfoBlock title='隐私说明'>
        <Text className='mine-page__text'>{t('本小程序不收集、不上传任何个人信息。')}</Text>
        <Text className='mine-page__text'>
          {t('不需要登录，不读取位置、手机号、相册，不做统计和广告；所有内容都装在小程序里，没有网络也能看。每次发布前，自动检查都会确认程序里没有联网和读取个人信息的接口。')}
        </Text>
        <Text className='mine-page__text'>
          {t('复制时只把文字写进剪贴板（微信叫「剪切板」），从不读取。')}
        </Text>
        <Text className='mine-page__text'>{t('只在手机上保存几项设置：长辈模式、简体/繁體，和您选的村。「看看我能享受什么」的答案只留在当时的页面里，关掉就没有了。')}</Text>
      </InfoBlock>
    </PageShell>
  )
}

export default guardPage(MinePage, PAGE_TITLES.mine)
