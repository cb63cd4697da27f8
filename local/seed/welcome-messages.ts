import { PERSONAS } from './personas';

/**
 * One unread message per persona in 我的 → 消息, so the message center and its badge have
 * something to show on a fresh data dir. Stored as a `noticePublished` of no notice: it opens no
 * page (a tap only reads it) and says what 消息 holds, not that a notice was published.
 */
export const welcomeMessages = (now: Date) =>
  Object.values(PERSONAS).map((persona) => {
    return {
      _id: `welcome-${persona.openid}`,
      openid: persona.openid,
      kind: 'noticePublished',
      title: '欢迎使用星火志愿',
      body: '团委的通知、预约和活动的提醒都会出现在这里',
      page: '',
      fields: { title: '欢迎使用星火志愿', publisher: '团委' },
      read: false,
      createdAt: now,
      readAt: null,
    };
  });
