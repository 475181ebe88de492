import { Text, View } from '@tarojs/components'
import type { Contact } from '../../domain/benefit-types'
import ActionButton from '../action-button'
import './index.scss'

interface ContactCardProps {
  contact: Contact
  onCall: (phone: string) => void
}

export default function ContactCard({ contact, onCall }: ContactCardProps) {
  return (
    <View className='contact-card'>
      <Text className='contact-card__name'>{contact.name}</Text>
      <Text className='contact-card__detail'>{contact.detail}</Text>
      {contact.phone && (
        <ActionButton onClick={() => onCall(contact.phone!)} ariaLabel={`拨打 ${contact.phone}`}>
          拨打 {contact.phone}
        </ActionButton>
      )}
    </View>
  )
}
