import type { InAppMessage } from '@core/messages.contract';
import type { MessageDocument } from '../_lib/notify/message.repository';

export const toInAppMessage = (message: MessageDocument): InAppMessage => ({
  messageId: message._id,
  kind: message.kind,
  title: message.title,
  body: message.body,
  page: message.page,
  read: message.read === true,
  createdAt: new Date(message.createdAt).toISOString(),
});
