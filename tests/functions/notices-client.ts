import * as tcb from '@cloudbase/node-sdk';
import type { TestLocal } from '../host/local-harness';

/** Calls `notices` through the host over HTTP as any openid; runs its timers as the host would. */
export const noticesClient = (local: Pick<TestLocal, 'login' | 'call' | 'url'>) => {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (openid: string) => {
    let token = tokens.get(openid);
    if (!token) tokens.set(openid, (token = local.login({ openid })));
    return token;
  };
  const call = async (openid: string, action: string, params: Record<string, unknown> = {}): Promise<any> => {
    const reply = await local.call('notices', { action, ...params }, await tokenOf(openid));
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const tick = async (trigger: 'fanout' | 'publishDue'): Promise<any> => {
    const res = await fetch(`${local.url}_local/timers/notices/${trigger}`, { method: 'POST' });
    return ((await res.json()) as any).data.result;
  };
  /** Ticks the fan-out until no job is left running (bounded). */
  const drainFanout = async (maxTicks = 50) => {
    for (let i = 0; i < maxTicks; i += 1) if (!(await tick('fanout'))?.data?.jobId) return;
    throw new Error('fan-out did not finish');
  };
  return { call, tick, drainFanout };
};

export const noticesDatabase = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();

/** An approved member placed in an org unit and teams, joined an hour ago. */
export const addNoticeMember = async (
  openid: string,
  orgUnitId: string,
  teamRoles: { teamId: string; role: 'volunteer' | 'leader' }[] = [],
  memberKind: 'student' | 'teacher' = 'student',
): Promise<string> => {
  const joined = new Date(Date.now() - 3_600_000);
  await noticesDatabase()
    .collection('users')
    .doc(openid)
    .set({
      name: `成员${openid.slice(-4)}`,
      membershipStatus: 'approved',
      memberKind,
      memberNo: null,
      phone: null,
      orgUnitId,
      teamRoles,
      admin: false,
      latestApplicationId: null,
      createdAt: joined,
      lastLoginAt: joined,
    });
  return openid;
};

/** In-app notice messages a member holds (what notify wrote), to count deliveries. */
export const noticeMessagesOf = async (openid: string): Promise<number> => {
  const { total } = await noticesDatabase().collection('messages').where({ openid, kind: 'noticePublished' }).count();
  return total ?? 0;
};

export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ text }] }];

export const notice = (title: string, audience: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  title,
  body: paragraph(`${title}的正文`),
  audience,
  confirmMode: 'read',
  ...extra,
});
