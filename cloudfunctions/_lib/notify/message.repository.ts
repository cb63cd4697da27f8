import type { NotificationKind } from '@core/notification-kinds';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

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

export const MESSAGES = 'messages';
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

/** Newest first over the (openid, createdAt, _id) index; the cursor is the last row's key. */
export const pageMessages = async (openid: string, limit: number, cursor?: string) => {
  const _ = database.command;
  let query: object = { openid };
  if (cursor) {
    const after = decodeKeysetCursor(cursor);
    const at = new Date(after.at);
    query = _.and([{ openid }, _.or([{ createdAt: _.lt(at) }, { createdAt: at, _id: _.lt(after.id) }])]);
  }
  const { data } = await messages()
    .where(query)
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(limit + 1)
    .get();
  const rows = data as MessageDocument[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor(new Date(last.createdAt).getTime(), last._id) : null };
};

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
