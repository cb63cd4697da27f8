import { NOTIFICATION_KINDS } from '@core/notification-kinds';
import { PERSONAS } from './personas';

/**
 * One unread message per persona in 我的 → 消息, so the message center and its badge have
 * something to show on a fresh data dir. Shaped as `notify` writes them (a `noticePublished`).
 */
export const welcomeMessages = (now: Date) =>
  Object.values(PERSONAS).map((persona) => {
    const fields = { title: '欢迎使用星火志愿', publisher: '团委' };
    return {
      _id: `welcome-${persona.openid}`,
      openid: persona.openid,
      kind: 'noticePublished',
      ...NOTIFICATION_KINDS.noticePublished.compose(fields),
      page: NOTIFICATION_KINDS.noticePublished.page,
      fields,
      read: false,
      createdAt: now,
      readAt: null,
    };
  });
