import type { MessagesContract } from '@core/messages.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { markMessagesRead } from '../../_lib/notify/message.repository';

export const markRead = async ({ params, caller }: ActionInvocation<MessagesContract['markRead']>) => ({
  updated: await markMessagesRead(caller.openid, 'all' in params ? 'all' : params.messageIds),
});
