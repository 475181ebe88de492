import type { SharePayload } from '../../domain/share'
import { webShareLink } from '../../domain/web-share'
import { copyText } from '../../platform/clipboard'
import ActionButton from '../action-button'

interface ShareButtonProps {
  payload: SharePayload
}

const isAbort = (err: unknown) => err instanceof Error && err.name === 'AbortError'

/** H5: the system share sheet where the browser has one, otherwise the link is copied (and we say so). */
export default function ShareButton({ payload }: ShareButtonProps) {
  const onShare = async () => {
    const url = webShareLink(window.location, payload.path)
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: payload.title, url })
        return
      } catch (err) {
        if (isAbort(err)) return
      }
    }
    await copyText(`${payload.title}\n${url}`, '链接已复制，可以粘贴到微信群里')
  }
  return (
    <ActionButton variant='primary' onClick={onShare}>
      分享给亲友
    </ActionButton>
  )
}
