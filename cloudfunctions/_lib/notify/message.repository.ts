import type { NotificationKind } from '@core/notification-kinds';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';
import { documentId } from '@core/text.schema';
import { key } from '../keyset/key-fields';
import { keyset } from '../keyset/keyset';
import { readKeysetPage } from '../keyset/keyset-page.repository';

/** `messages`: one user's in-app message center (我的 → 消息). */
export interface MessageDocument {
  _id: string;
  openid: string;
  kind: NotificationKind;
  title: string;
  body: string;
  page: string;
  fields: Record<string, string>;
  read: boolean;
  createdAt: Date;
  readAt: Date | null;
}

const MESSAGES = 'messages';
const messages = () => database.collection(MESSAGES);

/** Inserts once per `_id`: a retried notify with the same key finds its message already there. */
export const insertMessageOnce = async (message: MessageDocument): Promise<boolean> => {
  try {
    await messages().add(message);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

/** Newest first over the (openid, createdAt, _id) index. */
const NEWEST_FIRST = keyset({ createdAt: key.date('desc'), _id: key.id('desc', documentId) });

export const pageMessages = (openid: string, limit: number, cursor?: string) =>
  readKeysetPage<MessageDocument>(messages(), NEWEST_FIRST, { openid }, { cursor, limit });

export const countUnread = async (openid: string): Promise<number> => {
  const { total } = await messages().where({ openid, read: false }).count();
  return total ?? 0;
};

/** Only the caller's own unread messages change, whatever ids are sent. */
export const markMessagesRead = async (openid: string, messageIds: string[] | 'all'): Promise<number> => {
  const _ = database.command;
  const query = messageIds === 'all' ? { openid, read: false } : { openid, read: false, _id: _.in(messageIds) };
  const { updated } = (await messages().where(query).update({ read: true, readAt: new Date() })) as { updated?: number };
  return updated ?? 0;
};

/** Opening a notice reads its 消息 copies too (the publish and any 【提醒】), so no badge counts it twice. */
export const markNoticeMessagesRead = async (openid: string, noticeId: string): Promise<number> => {
  const query = { openid, kind: 'noticePublished', read: false, 'fields.noticeId': noticeId };
  const { updated } = (await messages().where(query).update({ read: true, readAt: new Date() })) as { updated?: number };
  return updated ?? 0;
};

/** 首页: one kind of the member's unread messages, newest first, over the (openid, kind, read, createdAt) index. */
export const unreadMessagesOfKind = async (openid: string, kind: NotificationKind, limit: number): Promise<MessageDocument[]> => {
  const { data } = await messages().where({ openid, kind, read: false }).orderBy('createdAt', 'desc').limit(limit).get();
  return data as MessageDocument[];
};
