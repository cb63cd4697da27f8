import tcb from '@cloudbase/node-sdk';
import { addDays, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { activityDocument, attendanceDocument } from '../tests/functions/records-fixtures';

type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The committee publishes about this many notices a year, whatever the number of members. */
const NOTICES_PER_YEAR = 200;
/** Per member per year. */
const BOOKINGS_EACH = 2;
const SIGN_UPS_EACH = 5;
const MESSAGES_EACH = 3;
const RECEIPTS_EACH = 5;
export const PERSONAS = ['dev-teacher', 'dev-student', 'dev-leader', 'dev-admin'] as const;

/** Inserts in requests of 1,000 documents, 4 requests in flight. */
export const insertAll = async (db: Database, collection: string, rows: Record<string, unknown>[]) => {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < rows.length; i += 1000) batches.push(rows.slice(i, i + 1000));
  for (let i = 0; i < batches.length; i += 4)
    await Promise.all(batches.slice(i, i + 4).map((batch) => db.collection(collection).add(batch)));
  return rows.length;
};

/** One document per `_id` (generated ids may repeat; the database would refuse the batch). */
const uniqueById = <T extends { _id: string }>(rows: T[]): T[] => [...new Map(rows.map((row) => [row._id, row])).values()];

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length];

/**
 * A year of a college with `n` members, written straight through the SDK in the functions' shapes:
 * members, bookings, activities with sign-ups, notices with receipts, answers' messages, questions,
 * and the queues an admin sees (pending applications, correction requests). The seeded personas
 * get their share like everyone, plus what each should see next (an upcoming booking, a sign-up).
 */
export async function seedYear(n: number): Promise<Record<string, number>> {
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const now = Date.now();
  const yearAgo = new Date(now - 365 * DAY);
  const members = Array.from({ length: n }, (_, i) => `o-home-${String(i).padStart(5, '0')}`);
  const everyone = [...PERSONAS, ...members];
  const counts: Record<string, number> = {};
  const at = (i: number, spreadDays = 365) => new Date(now - ((i * 7919) % (spreadDays * 24)) * HOUR);

  counts.users = await insertAll(
    db,
    'users',
    members.map((openid, i) => ({
      _id: openid,
      name: `成员${i}`,
      membershipStatus: 'approved',
      memberKind: i % 10 === 0 ? 'teacher' : 'student',
      memberNo: null,
      phone: null,
      orgUnitId: pick(['ou-class-rj2301', 'ou-class-jy2302', 'ou-class-sm223', 'ou-class-qx2301'], i),
      teamRoles: i % 20 === 0 ? [{ teamId: 'team-car-care', role: 'volunteer' }] : [],
      admin: false,
      latestApplicationId: null,
      createdAt: yearAgo,
      lastLoginAt: yearAgo,
    })),
  );
  // The personas joined a year ago too, so the year's notices are theirs.
  await Promise.all(PERSONAS.map((openid) => db.collection('users').doc(openid).update({ createdAt: yearAgo })));

  const activityCount = 50 + Math.round(n / 100);
  const activities = Array.from({ length: activityCount }, (_, i) => {
    const startAt = new Date(now - (365 - (i * 365) / activityCount) * DAY);
    return activityDocument({
      _id: `act_homeBench${String(i).padStart(9, '0')}`,
      title: `志愿活动${i}`,
      place: '学校东门广场',
      startAt,
      teamId: null,
      organiserOpenid: 'dev-admin',
      organiserName: '陈老师',
      status: 'closed',
      closedAt: new Date(startAt.getTime() + 4 * HOUR),
      updatedAt: new Date(startAt.getTime() + 4 * HOUR),
    });
  });
  // One still to come, which 张同学 signed up for: what her 首页 shows next.
  const upcoming = { ...activities[0], _id: 'act_homeBenchUpcoming0', title: '学雷锋日社区义诊', status: 'scheduled', closedAt: null };
  upcoming.startAt = new Date(now + 2 * DAY);
  upcoming.endAt = new Date(now + 2 * DAY + 3 * HOUR);
  counts.activities = await insertAll(db, 'activities', [...activities, upcoming]);

  const attendance = everyone.flatMap((openid, m) =>
    Array.from({ length: SIGN_UPS_EACH }, (_, k) => {
      const activity = activities[(m * 7 + k * 13) % activities.length];
      return attendanceDocument(activity, openid, {
        name: openid,
        checkedInAt: activity.startAt,
        checkedOutAt: activity.endAt,
        closedBy: 'checkout',
        minutes: 180,
        updatedAt: activity.endAt,
      });
    }),
  );
  const unique = new Map<string, Record<string, unknown>>(attendance.map((row) => [row._id, row]));
  const mine = attendanceDocument(upcoming, 'dev-student', { name: 'dev-student' });
  unique.set(mine._id, mine);
  counts.attendance = await insertAll(db, 'attendance', [...unique.values()]);

  const bookingOf = (openid: string, i: number, start: Date, status: string, volunteer: { openid: string; name: string } | null) => {
    const day = shanghaiDay(start);
    return {
      _id: `svc-car-wash_bench${i}:${openid}`,
      slotId: `svc-car-wash_bench${i}`,
      serviceId: 'svc-car-wash',
      serviceName: '洗车',
      teamId: 'team-car-care',
      detailsKind: 'car',
      openid,
      bookerName: openid,
      day,
      startClock: '09:00',
      endClock: '10:00',
      startAt: start,
      endAt: new Date(start.getTime() + HOUR),
      place: '汽修实训楼',
      status,
      details: { kind: 'car', plate: '桂A12345', model: '大众朗逸', colour: '白色' },
      note: '',
      photos: [],
      volunteer,
      history: [],
      record: null,
      rating: null,
      cancellableUntil: start,
      cancelReason: null,
      remindedBookerAt: null,
      remindedVolunteerAt: null,
      createdAt: new Date(start.getTime() - 3 * DAY),
      updatedAt: start,
    };
  };
  const volunteer = { openid: 'dev-student', name: '张同学' };
  const bookings = everyone.flatMap((openid, m) =>
    Array.from({ length: BOOKINGS_EACH }, (_, k) =>
      bookingOf(openid, m * BOOKINGS_EACH + k, at(m * 3 + k), pick(['rated', 'done', 'cancelled'], m + k), volunteer),
    ),
  );
  // What is ahead: 李老师's next booking, today's jobs and unassigned bookings of 王队长's team (a few per size, as a team's slots allow).
  const today = shanghaiDay(new Date(now));
  bookings.push(bookingOf('dev-teacher', 900_001, shanghaiInstant(addDays(today, 3), '09:00'), 'submitted', null));
  for (let i = 0; i < 8; i++)
    bookings.push(bookingOf(`o-home-today-${i}`, 900_100 + i, new Date(now + (i + 1) * 60_000), 'confirmed', volunteer));
  for (let i = 0; i < 30; i++)
    bookings.push(bookingOf(`o-home-ahead-${i}`, 900_200 + i, shanghaiInstant(addDays(today, 1 + (i % 13)), '14:00'), 'submitted', null));
  counts.bookings = await insertAll(db, 'bookings', bookings);

  const notices = Array.from({ length: NOTICES_PER_YEAR }, (_, i) => {
    const publishedAt = new Date(now - (365 - (i * 365) / NOTICES_PER_YEAR) * DAY);
    return {
      _id: `n_homeBench${String(i).padStart(9, '0')}`,
      authorOpenid: 'dev-admin',
      authorName: '陈老师',
      status: 'published',
      title: `通知${i}`,
      body: [{ type: 'paragraph', children: [{ text: '正文' }] }],
      attachments: [],
      audience: { kind: 'everyone' },
      audienceKeys: ['all'],
      confirmMode: 'read',
      pinned: false,
      pinRank: 0,
      publishAt: null,
      publishedAt,
      recall: null,
      history: [],
      version: 1,
      lastRemindedAt: new Date(0),
      createdAt: publishedAt,
      updatedAt: publishedAt,
    };
  });
  counts.notices = await insertAll(db, 'notices', notices);
  counts.notice_receipts = await insertAll(
    db,
    'notice_receipts',
    uniqueById(
      everyone.flatMap((openid, m) =>
        Array.from({ length: RECEIPTS_EACH }, (_, k) => {
          const notice = notices[(m * 11 + k * 17) % notices.length];
          return {
            _id: `${notice._id}:${openid}`,
            noticeId: notice._id,
            openid,
            name: openid,
            orgUnitId: null,
            publishedAt: notice.publishedAt,
            live: true,
            readAt: notice.publishedAt,
            confirmed: false,
            confirmedAt: null,
            reply: null,
          };
        }),
      ),
    ),
  );

  counts.messages = await insertAll(
    db,
    'messages',
    everyone.flatMap((openid, m) =>
      Array.from({ length: MESSAGES_EACH }, (_, k) => ({
        _id: `msg-home-${m}-${k}`,
        openid,
        kind: pick(['answerReceived', 'noticePublished', 'bookingStatusChanged'], k),
        title: k === 0 ? '你的问题有了新回答' : '通知',
        body: `成员 回答了「问题${m}」`,
        page: 'pages/qa/index',
        fields: {},
        // Last year's are read; the latest answer of each member is not.
        read: k !== 0,
        createdAt: at(m * 5 + k),
        readAt: null,
      })),
    ),
  );

  counts.qa_questions = await insertAll(
    db,
    'qa_questions',
    everyone
      .filter((_, m) => m % 5 === 0)
      .map((openid, q) => ({
        _id: `q_homeBench${String(q).padStart(9, '0')}`,
        authorOpenid: openid,
        authorName: openid,
        title: `问题${q}`,
        body: '',
        tags: ['保养'],
        photos: [],
        searchGrams: [],
        visibility: 'visible',
        answerState: 'answered',
        answerCount: 1,
        acceptedAnswerId: null,
        reportCount: 0,
        hiddenBy: null,
        hiddenAt: null,
        moderationReason: null,
        createdAt: at(q),
        updatedAt: at(q),
      })),
  );

  // The admin's queues grow with the college: 1 % of members waiting for review, 0.5 % of them asking for a correction.
  const pending = Math.max(1, Math.round(n / 100));
  counts.member_applications = await insertAll(
    db,
    'member_applications',
    Array.from({ length: pending }, (_, i) => ({
      _id: `app-home-${i}`,
      openid: `o-home-applicant-${i}`,
      name: `申请人${i}`,
      memberNo: `2025${String(i).padStart(6, '0')}`,
      kind: 'student',
      orgUnitId: 'ou-class-rj2301',
      teamId: null,
      phone: null,
      status: 'pending',
      reason: null,
      createdAt: at(i, 30),
      reviewedAt: null,
      reviewedBy: null,
    })),
  );
  counts.activity_corrections = await insertAll(
    db,
    'activity_corrections',
    Array.from({ length: Math.max(1, Math.round(n / 200)) }, (_, i) => ({
      _id: `${activities[i % activities.length]._id}:${members[i]}`,
      activityId: activities[i % activities.length]._id,
      activityTitle: activities[i % activities.length].title,
      openid: members[i],
      name: `成员${i}`,
      checkedInAt: activities[i % activities.length].startAt,
      requestedCheckoutAt: activities[i % activities.length].endAt,
      reason: '忘记签退',
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      minutes: null,
      createdAt: at(i, 30),
      updatedAt: at(i, 30),
    })),
  );
  return counts;
}
