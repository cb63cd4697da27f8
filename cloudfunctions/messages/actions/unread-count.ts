import type { MessagesContract } from '@core/messages.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { countUnread } from '../../_lib/notify/message.repository';

export const unreadCount = async ({ caller }: ActionInvocation<MessagesContract['unreadCount']>) => ({
  unread: await countUnread(caller.openid),
});
