import { Text, View } from '@tarojs/components'
import type { Contact } from '../../domain/benefit-types'
import ActionButton from '../action-button'
import { useT } from '../../settings/settings-context'
import './index.scss'

interface ContactCardProps {
  contact: Contact
  onCall: (phone: string) => void
}

export default function ContactCard({ contact, onCall }: ContactCardProps) {
  const t = useT()
  return (
    <View className='contact-card'>
      <Text className='contact-card__name'>{t(contact.name)}</Text>
      <Text className='contact-card__detail'>{t(contact.detail)}</Text>
      {contact.phone && (
        <ActionButton onClick={() => onCall(contact.phone!)} ariaLabel={`拨打 ${contact.phone}`}>
          {`拨打 ${contact.phone}`}
        </ActionButton>
      )}
    </View>
  )
}
