import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { composeMessage, type GroupMessage } from '../../domain/group-message'
import type { SharePayload } from '../../domain/share/share'
import { copyText } from '../../platform/clipboard'
import { COPIED_MESSAGE, pageLink } from '../../platform/page-link'
import { APP_NAME } from '../../routes'
import { useT } from '../../settings/settings-context'
import ActionButton from '../action-button'
import './index.scss'

interface ShareButtonProps {
  payload: SharePayload
  message: GroupMessage
}

/**
 * 「发到群里」 in WeChat: one tap shows the two ways, each its own tap, so WeChat's chat picker and its
 * clipboard privacy prompt (WeChat's own, the first time) never come up together: 「转发给微信好友或群」
 * forwards the page's card (open-type share; the picker is WeChat's), 「复制群消息」 copies the message
 * that points to that card and says so. (The web copies at once: index.tsx.)
 */
export default function ShareButton({ payload, message }: ShareButtonProps) {
  const t = useT()
  const [open, setOpen] = useState(false)
  if (!open) {
    return (
      <View className='share-button'>
        <ActionButton variant='primary' onClick={() => setOpen(true)}>
          发到群里
        </ActionButton>
      </View>
    )
  }
  return (
    <View className='share-button share-button--open' aria-label={t('发到群里')}>
      <Text className='share-button__hint'>{t('先转发卡片，再粘贴群消息：')}</Text>
      <ActionButton variant='primary' openType='share'>
        转发给微信好友或群
      </ActionButton>
      <ActionButton onClick={() => copyText(composeMessage(message, pageLink(payload.path), APP_NAME, t), COPIED_MESSAGE)}>复制群消息</ActionButton>
    </View>
  )
}
