import type { SharePayload } from '../../domain/share'
import ActionButton from '../action-button'

interface ShareButtonProps {
  /** The page's usePageShare hook supplies the payload to WeChat; the button only opens the share sheet. */
  payload: SharePayload
}

export default function ShareButton(_props: ShareButtonProps) {
  return (
    <ActionButton variant='primary' openType='share'>
      转发给亲友
    </ActionButton>
  )
}
