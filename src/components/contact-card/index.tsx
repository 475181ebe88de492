import { Text, View } from '@tarojs/components'
import type { ContactView } from '../../domain/benefits/local-facts'
import DatedSource from '../dated-source'
import ActionButton from '../action-button'
import { useT } from '../../settings/settings-context'
import { BROWSE_ONLY } from '../../platform/launch-mode'
import './index.scss'
import { SELECTABLE } from '../selectable'

interface ContactCardProps {
  contact: ContactView
  onCall: (phone: string) => void
}

/** Whom to ask: name, what they do, and where the town has said so their address, hours and phone. */
export default function ContactCard({ contact, onCall }: ContactCardProps) {
  const t = useT()
  return (
    <View className='contact-card'>
      <Text className='contact-card__name'>{t(contact.name)}</Text>
      <Text className='contact-card__detail'>{t(contact.detail)}</Text>
      {contact.address && (
        <Text className='contact-card__detail' {...SELECTABLE}>
          {t(`地址：${contact.address}`)}
        </Text>
      )}
      {contact.hours && <Text className='contact-card__detail'>{t(`办公时间：${contact.hours}`)}</Text>}
      {contact.phone &&
        (BROWSE_ONLY ? (
          <Text className='contact-card__detail' {...SELECTABLE}>
            {t(`电话：${contact.phone}`)}
          </Text>
        ) : (
          <ActionButton onClick={() => onCall(contact.phone!)} ariaLabel={`拨打 ${contact.phone}`}>
            {`拨打 ${contact.phone}`}
          </ActionButton>
        ))}
      {contact.checked && <DatedSource source={contact.source} checked={contact.checked} />}
    </View>
  )
}
