import { messagesContract } from '@core/messages.contract';
import { defineFunction } from '../_lib/define-function';
import { list } from './list.handler';
import { markRead } from './mark-read.handler';
import { reconcileSends } from './reconcile-sends.timer';
import { recordSubscriptions } from './record-subscriptions.handler';
import { subscriptionTemplates } from './subscription-templates.handler';
import { unreadCount } from './unread-count.handler';

/** `messages`: the caller's message center and subscription grants; the timer that reconciles pushes. */
export const messagesFunction = defineFunction({
  name: 'messages',
  contract: messagesContract,
  handlers: { list, unreadCount, markRead, recordSubscriptions, subscriptionTemplates },
  timers: { reconcileSends },
});

export const main = messagesFunction.main;
