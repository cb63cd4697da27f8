import * as tcb from '@cloudbase/node-sdk';
import type { TestLocal } from '../host/local-harness';

/** Calls the `qa` function through the host over HTTP as a seeded persona or any openid. */
export const qaClient = (local: TestLocal) => {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (openid: string) => {
    let token = tokens.get(openid);
    if (!token) tokens.set(openid, (token = local.login({ openid })));
    return token;
  };
  return async (openid: string, action: string, params: Record<string, unknown> = {}): Promise<any> => {
    const reply = await local.call('qa', { action, ...params }, await tokenOf(openid));
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
};

export type QaCall = ReturnType<typeof qaClient>;

/** The seeded personas' openids (local/seed/personas.ts). */
export const TEACHER = 'dev-teacher';
export const STUDENT = 'dev-student'; // a car-care volunteer
export const LEADER = 'dev-leader';
export const ADMIN = 'dev-admin';

/** Direct database access for test set-up (backdating, members), through the same real SDK. */
export const testDatabase = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();

/** An approved student member with no team, for reporters and other bystanders. */
export const addMember = async (openid: string, name = openid): Promise<string> => {
  const now = new Date();
  await testDatabase().collection('users').doc(openid).set({
    name,
    membershipStatus: 'approved',
    memberKind: 'student',
    memberNo: null,
    phone: null,
    orgUnitId: 'ou-class-qx2301',
    teamRoles: [],
    admin: false,
    latestApplicationId: null,
    createdAt: now,
    lastLoginAt: now,
  });
  return openid;
};

/** What the emulator's planner did since the last reset: docs read and the last index used. */
export const emulatorStats = async (local: TestLocal): Promise<{ docsExamined: number; lastPlan: string; collectionScans: number }> =>
  (await fetch(`${new URL(local.emulatorUrl).origin}/_emulator/stats`)).json();

export const resetEmulatorStats = async (local: TestLocal): Promise<void> => {
  await fetch(`${new URL(local.emulatorUrl).origin}/_emulator/stats/reset`, { method: 'POST' });
};

/** Stable ids of a question and an answer owned by `openid`, for tests that need an owner. */
export const ownedPostId = (kind: 'q' | 'a', openid: string) => `${kind}_mx${openid.replace(/[^A-Za-z0-9]/g, '')}`;

/** Inserts (or resets) a visible question by `openid` with one answer by `openid` on it. */
export const seedOwnedPosts = async (openid: string): Promise<void> => {
  const now = new Date();
  const questionId = ownedPostId('q', openid);
  const answerId = ownedPostId('a', openid);
  const moderation = { reportCount: 0, hiddenBy: null, hiddenAt: null, moderationReason: null, createdAt: now, updatedAt: now };
  const db = testDatabase();
  await db
    .collection('qa_questions')
    .doc(questionId)
    .set({
      authorOpenid: openid,
      authorName: openid,
      title: '矩阵测试问题',
      body: '',
      tags: ['保养'],
      photos: [],
      searchGrams: ['矩阵', '阵测', '测试', '试问', '问题'],
      visibility: 'visible',
      answerState: 'answered',
      answerCount: 1,
      acceptedAnswerId: null,
      ...moderation,
    });
  await db
    .collection('qa_answers')
    .doc(answerId)
    .set({
      questionId,
      authorOpenid: openid,
      authorName: openid,
      body: '矩阵回答',
      photos: [],
      badge: null,
      visibility: 'visible',
      ...moderation,
    });
};
