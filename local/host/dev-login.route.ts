import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPersonaName, PERSONAS } from '../seed/personas';
import { sendFailure, sendJson } from './json-response';
import { parsePayload } from './json-payload';
import { readBody } from './request-body';
import { signSession, DEFAULT_SESSION_TTL_SECONDS } from './session-token';

/** Same alphabet and bound as a real openid (28 chars of [A-Za-z0-9_-]), with room for test ids. */
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `POST /api/dev/login` — local only: a seeded persona or any well-formed openid gets a signed
 * session. In WeChat the platform vouches for the openid instead; nothing like this is deployed.
 */
export const handleDevLogin = async (secret: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const body = await readBody(req);
  if (body.kind === 'too-large') return sendFailure(res, 'PAYLOAD_TOO_LARGE');
  const parsed = parsePayload(body.text);
  if (parsed.kind === 'invalid') return sendFailure(res, 'INVALID_INPUT', 200, '请求内容不是有效的 JSON 对象');
  const { persona, openid } = parsed.payload;
  let who: string | null = null;
  if (persona !== undefined) who = isPersonaName(persona) ? PERSONAS[persona].openid : null;
  else if (typeof openid === 'string' && OPENID.test(openid)) who = openid;
  if (!who) {
    return sendFailure(res, 'INVALID_INPUT', 200, '请提供 persona（teacher / student / leader / admin）或合法的 openid');
  }
  const token = signSession(secret, who);
  const expiresAt = new Date(Date.now() + DEFAULT_SESSION_TTL_SECONDS * 1000).toISOString();
  sendJson(res, 200, { ok: true, data: { token, openid: who, expiresAt } });
};
