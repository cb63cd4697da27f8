import { ActionError } from '../action-error';
import { callWxOpenApi } from './wx-open-api.gateway';

/** WeChat's path for `security.msgSecCheck` (declared as that permission in config.json). */
export const MSG_SEC_CHECK_API = '/wxa/msg_sec_check';

/** msgSecCheck v2 scenes: 1 profile, 2 comment, 3 forum post, 4 social log. */
export type TextScene = 1 | 2 | 3 | 4;

/**
 * Refuses user text WeChat judges risky with CONTENT_RISKY (the app shows the message and keeps
 * the draft). v2 needs the author's openid, who must have used the mini-program within 2 hours —
 * true for the caller of the action that submits the text. `review` is treated as pass: WeChat
 * means "human review advised", and moderation (reporting, hiding) covers it after publication.
 */
export const checkText = async (content: string, author: { openid: string }, scene: TextScene = 3): Promise<void> => {
  if (content.trim() === '') return;
  const result = await callWxOpenApi(MSG_SEC_CHECK_API, { content, version: 2, scene, openid: author.openid });
  const verdict = (result.result as { suggest?: unknown } | undefined)?.suggest;
  // v1 answered risky text with errcode 87014; accept both so a v1 fallback cannot let it through.
  if (verdict === 'risky' || Number(result.errcode) === 87014) throw new ActionError('CONTENT_RISKY');
  if (Number(result.errcode ?? 0) !== 0) throw new Error(`msgSecCheck failed: ${String(result.errcode)} ${String(result.errmsg ?? '')}`);
};
