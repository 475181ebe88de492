import { View } from '@tarojs/components'
import { composeMessage, type GroupMessage } from '../../domain/group-message'
import type { SharePayload } from '../../domain/share/share'
import { copyText } from '../../platform/clipboard'
import { COPIED_MESSAGE, pageLink } from '../../platform/page-link'
import { APP_NAME } from '../../routes'
import { useT } from '../../settings/settings-context'
import ActionButton from '../action-button'
import './index.scss'

interface ShareButtonProps {
  /** The page's share (usePageShare gives WeChat its card); its path is the message's link on the web. */
  payload: SharePayload
  /** The page's ready-made group message (domain: …Message()); the button adds the way to open the page. */
  message: GroupMessage
}

/**
 * 「发到群里」 on the web: copies the page's group message inside the tap (the browser allows the
 * clipboard only then), ending with the page's link. (WeChat: index.weapp.tsx.)
 */
export default function ShareButton({ payload, message }: ShareButtonProps) {
  const t = useT()
  return (
    <View className='share-button'>
      <ActionButton variant='primary' onClick={() => copyText(composeMessage(message, pageLink(payload.path), APP_NAME, t), COPIED_MESSAGE)}>
        发到群里
      </ActionButton>
    </View>
  )
}
