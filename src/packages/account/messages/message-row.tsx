import { Text, View } from '@tarojs/components';
import type { InAppMessage } from '@/services/messages';
import { momentText } from '@core/date-words';

export interface MessageRowProps {
  message: InAppMessage;
  /** Marks it read and opens its page. */
  onOpen: (message: InAppMessage) => void;
}

/** One notification: a red dot while unread, title, text and time. */
export function MessageRow({ message, onOpen }: MessageRowProps) {
  return (
    <View className={`message-row ${message.read ? 'message-row--read' : 'message-row--unread'}`} onClick={() => onOpen(message)}>
      <View className="message-row__header">
        {!message.read && <View className="message-row__dot" aria-label="未读" />}
        <Text className="message-row__title">{message.title}</Text>
        <Text className="message-row__time">{momentText(message.createdAt)}</Text>
      </View>
      {message.body && <Text className="message-row__body">{message.body}</Text>}
    </View>
  );
}
