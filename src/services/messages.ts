import type { ParamsOf } from '@core/action-contract';
import type { InAppMessage, MessagesContract } from '@core/messages.contract';
import { callAction } from './cloud';

/** 我的 → 消息: the caller's own in-app notifications (`messages` cloud function). */

export type { InAppMessage };

/** Newest first, 20 a page by cursor. */
export const listMessages = (params: ParamsOf<MessagesContract['list']> = {}) => callAction('messages', 'list', params);

/** The number on the 我的 tab and the 消息 entry. */
export const unreadMessageCount = () => callAction('messages', 'unreadCount', {});

/** Marks the given messages (ids of other people's messages are ignored) read. */
export const markMessagesRead = (messageIds: string[]) => callAction('messages', 'markRead', { messageIds });

/** 全部已读. */
export const markAllMessagesRead = () => callAction('messages', 'markRead', { all: true });
