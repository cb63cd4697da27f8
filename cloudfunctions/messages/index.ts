import { messagesContract } from '@core/messages.contract';
import { defineFunction } from '../_lib/define-function';
import { list } from './actions/list';
import { markRead } from './actions/mark-read';
import { pushStatus } from './actions/push-status';
import { reconcileSends } from './timers/reconcile-sends';
import { recordSubscriptions } from './actions/record-subscriptions';
import { subscriptionTemplates } from './actions/subscription-templates';
import { unreadCount } from './actions/unread-count';

/** `messages`: the caller's message center and subscription grants; the timer that reconciles pushes. */
export const messagesFunction = defineFunction({
  name: 'messages',
  contract: messagesContract,
  handlers: { list, unreadCount, markRead, recordSubscriptions, subscriptionTemplates, pushStatus },
  timers: { reconcileSends },
});

export const main = messagesFunction.main;
