import type { MessagesContract } from '@core/messages.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageMessages } from '../../_lib/notify/message.repository';
import { toInAppMessage } from '../in-app-message.view';

export const list = async ({ params, caller }: ActionInvocation<MessagesContract['list']>) => {
  const page = await pageMessages(caller.openid, params.limit, params.cursor);
  return { items: page.items.map(toInAppMessage), nextCursor: page.nextCursor };
};
