import { noticesContract } from '@core/notices.contract';
import { defineFunction } from '../_lib/define-function';
import { authored } from './authored.handler';
import { fanout } from './fanout.timer';
import { feed, unreadCount } from './feed.handler';
import { edit, fanoutStatus, recall, remindUnread } from './manage-notice.handler';
import { publish, saveDraft } from './publish.handler';
import { publishDue } from './publish-due.timer';
import { confirm, get, read } from './read-notice.handler';
import { receiptList, receipts } from './receipts.handler';

/** `notices`: League notices — compose, target, feed with badge, receipts, batched pushes, schedule. */
export const noticesFunction = defineFunction({
  name: 'notices',
  contract: noticesContract,
  handlers: {
    publish,
    saveDraft,
    feed,
    unreadCount,
    get,
    read,
    confirm,
    authored,
    receipts,
    receiptList,
    remindUnread,
    fanoutStatus,
    recall,
    edit,
  },
  timers: { publishDue, fanout },
});

export const main = noticesFunction.main;
