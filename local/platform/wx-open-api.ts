import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { invalidParam } from '../db/db-error';
import type { ActionHandler } from '../db/database-actions';
import { GET_UNLIMITED, miniProgramCodeService } from './mini-program-code';

/** The WeChat endpoints the project uses, by their API path (what `callWxOpenApi`'s apiName carries). */
export const SUBSCRIBE_SEND = '/cgi-bin/message/subscribe/send';
export const MSG_SEC_CHECK = '/wxa/msg_sec_check';

const ALIASES: Record<string, string> = {
  'subscribeMessage.send': SUBSCRIBE_SEND,
  'security.msgSecCheck': MSG_SEC_CHECK,
  'wxacode.getUnlimited': GET_UNLIMITED,
};

export interface OutboxMessage {
  id: string;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  sentAt: number;
}

/**
 * The SDK's `wx.api` action (callWxOpenApi), answered locally: subscription messages land in a
 * durable outbox instead of WeChat, and the text security check applies a configurable word list.
 * Replies carry WeChat's own JSON in `responseData`, as CloudBase relays it.
 */
export function wxOpenApiService(options: {
  db: Database.Database;
  clock: { now(): number };
  sensitiveWords: () => string[];
  /** The H5 app's origin, which local mini-program codes point at. */
  appOrigin: () => string;
}) {
  const { db, clock } = options;
  const codes = miniProgramCodeService({ db, clock, appOrigin: options.appOrigin });
  db.exec(
    `CREATE TABLE IF NOT EXISTS wx_outbox (id TEXT PRIMARY KEY, touser TEXT NOT NULL, template_id TEXT NOT NULL, page TEXT, data TEXT NOT NULL, sent_at INTEGER NOT NULL)`,
  );
  const insert = db.prepare('INSERT INTO wx_outbox (id, touser, template_id, page, data, sent_at) VALUES (?, ?, ?, ?, ?, ?)');

  const subscribeSend = (request: Record<string, unknown>) => {
    const { touser, template_id: templateId, page, data } = request;
    if (typeof touser !== 'string' || !touser) return { errcode: 40003, errmsg: 'invalid openid' };
    if (typeof templateId !== 'string' || !templateId) return { errcode: 40037, errmsg: 'invalid template id' };
    if (!data || typeof data !== 'object') return { errcode: 47003, errmsg: 'argument invalid! data is empty' };
    const id = BigInt(`0x${randomBytes(7).toString('hex')}`).toString();
    insert.run(id, touser, templateId, typeof page === 'string' ? page : null, JSON.stringify(data), clock.now());
    return { errcode: 0, errmsg: 'ok', msgid: id };
  };

  const msgSecCheck = (request: Record<string, unknown>) => {
    const content = typeof request.content === 'string' ? request.content : '';
    const hit = options.sensitiveWords().find((word) => word && content.includes(word));
    if (request.version !== 2) return hit ? { errcode: 87014, errmsg: 'risky content' } : { errcode: 0, errmsg: 'ok' };
    const suggest = hit ? 'risky' : 'pass';
    const label = hit ? 20001 : 100;
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'keyword', errcode: 0, suggest, label, ...(hit ? { keyword: hit } : {}) }],
      trace_id: randomBytes(8).toString('hex'),
    };
  };

  const actions: Record<string, ActionHandler> = {
    'wx.api': async (body) => {
      const apiName = typeof body.apiName === 'string' ? (ALIASES[body.apiName] ?? body.apiName) : '';
      let request: Record<string, unknown> = {};
      try {
        request = typeof body.requestData === 'string' && body.requestData ? JSON.parse(body.requestData) : {};
      } catch {
        throw invalidParam('requestData is not valid JSON');
      }
      if (!request || typeof request !== 'object') throw invalidParam('requestData must be a JSON object');
      const reply =
        apiName === SUBSCRIBE_SEND
          ? subscribeSend(request)
          : apiName === MSG_SEC_CHECK
            ? msgSecCheck(request)
            : apiName === GET_UNLIMITED
              ? await codes.getUnlimited(request)
              : { errcode: -1, errmsg: `api ${apiName} is not available locally` };
      return { data: { responseData: typeof reply === 'string' ? reply : JSON.stringify(reply) } };
    },
  };

  const outbox = (limit = 200): OutboxMessage[] =>
    (
      db
        .prepare('SELECT id, touser, template_id, page, data, sent_at FROM wx_outbox ORDER BY sent_at DESC, rowid DESC LIMIT ?')
        .all(limit) as Array<Record<string, unknown>>
    ).map((row) => ({
      id: row.id as string,
      touser: row.touser as string,
      templateId: row.template_id as string,
      page: row.page as string | null,
      data: JSON.parse(row.data as string),
      sentAt: row.sent_at as number,
    }));

  return { actions, outbox, codeRequests: codes.requests };
}
