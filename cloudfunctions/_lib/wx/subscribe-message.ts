import { callWxOpenApi } from './wx-open-api.gateway';
import { envText } from '../env-setting';

/** WeChat's path for `subscribeMessage.send` (declared as that permission in config.json). */
export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** Mini-program page opened from the message. */
  page: string;
  /** Template keyword → value, e.g. `{ thing1: '洗车', time2: '2025-03-05 10:00' }`. */
  data: Record<string, string>;
}

export type SubscribeSendOutcome = { sent: true; msgid: string | null } | { sent: false; errcode: number; errmsg: string };

/**
 * Sends one subscription message. WeChat's refusals (no subscription left: 43101, bad template,
 * …) come back as `sent: false`; a transport failure throws, because then nobody knows whether
 * WeChat delivered it.
 */
export const sendSubscribeMessage = async (message: SubscribeMessage): Promise<SubscribeSendOutcome> => {
  const result = await callWxOpenApi(SUBSCRIBE_SEND_API, {
    touser: message.touser,
    template_id: message.templateId,
    page: message.page,
    miniprogram_state: envText('STARFIRE_MINIPROGRAM_STATE', 'formal'),
    lang: 'zh_CN',
    data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
  });
  const errcode = Number(result.errcode ?? 0);
  if (errcode === 0) return { sent: true, msgid: result.msgid === undefined ? null : String(result.msgid) };
  return { sent: false, errcode, errmsg: String(result.errmsg ?? '') };
};
