import { PERSONAS } from '../../local/seed/personas';
import { db } from './bookings-fixtures';

/** The seeded personas' openids (local/seed/personas.ts). */
export const TEACHER = PERSONAS.teacher.openid;
export const STUDENT = PERSONAS.student.openid; // a car-care volunteer
export const LEADER = PERSONAS.leader.openid;
export const ADMIN = PERSONAS.admin.openid;

/** An approved student member with no team, for reporters and other bystanders. */
export const addMember = async (openid: string, name = openid): Promise<string> => {
  const now = new Date();
  await db().collection('users').doc(openid).set({
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

/** Stable ids of a question and an answer owned by `openid`, for tests that need an owner. */
export const ownedPostId = (kind: 'q' | 'a', openid: string) => `${kind}_mx${openid.replace(/[^A-Za-z0-9]/g, '')}`;

/** Inserts (or resets) a visible question by `openid` with one answer by `openid` on it. */
export const seedOwnedPosts = async (openid: string): Promise<void> => {
  const now = new Date();
  const questionId = ownedPostId('q', openid);
  const answerId = ownedPostId('a', openid);
  const moderation = { reportCount: 0, hiddenBy: null, hiddenAt: null, moderationReason: null, createdAt: now, updatedAt: now };
  await db()
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
  await db()
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
