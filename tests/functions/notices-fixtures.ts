import type { runFanoutBatch } from '../../cloudfunctions/notices/timers/fanout';
import type { TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { runTimer } from './function-client';

/** Ticks the fan-out until no job is left running (bounded). */
export const drainFanout = async (local: Pick<TestLocal, 'url'>, maxTicks = 50) => {
  for (let i = 0; i < maxTicks; i += 1) if (!(await runTimer<typeof runFanoutBatch>(local, 'notices', 'fanout')).data?.jobId) return;
  throw new Error('fan-out did not finish');
};

/** An approved member placed in an org unit and teams, joined an hour ago. */
export const addNoticeMember = async (
  openid: string,
  orgUnitId: string,
  teamRoles: { teamId: string; role: 'volunteer' | 'leader' }[] = [],
  memberKind: 'student' | 'teacher' = 'student',
): Promise<string> => {
  const joined = new Date(Date.now() - 3_600_000);
  await db()
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
  const { total } = await db().collection('messages').where({ openid, kind: 'noticePublished' }).count();
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
