import { noticesContract } from '@core/notices.contract';
import { defineFunction } from '../_lib/define-function';
import { authored } from './actions/authored';
import { fanout } from './timers/fanout';
import { feed } from './actions/feed';
import { unreadCount } from './actions/unread-count';
import { edit } from './actions/edit';
import { fanoutStatus } from './actions/fanout-status';
import { recall } from './actions/recall';
import { remindUnread } from './actions/remind-unread';
import { publish } from './actions/publish';
import { saveDraft } from './actions/save-draft';
import { publishDue } from './timers/publish-due';
import { recountReceipts } from './timers/recount-receipts';
import { confirm } from './actions/confirm';
import { get } from './actions/get';
import { read } from './actions/read';
import { receiptList } from './actions/receipt-list';
import { receipts } from './actions/receipts';

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
  timers: { publishDue, fanout, recountReceipts },
});

export const main = noticesFunction.main;
