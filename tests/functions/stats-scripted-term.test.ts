import { addDays, shanghaiDay } from '@core/shanghai-time';
import type { closeActivities } from '../../cloudfunctions/records/timers/close-activities';
import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { pendingFacts } from '../../cloudfunctions/_lib/stats/count-facts';
import { questionFacts } from '../../cloudfunctions/_lib/stats/stat-facts-of';
import type { QuestionDocument } from '../../cloudfunctions/qa/question.repository';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, db, moveSlotSoon, publishSlot } from './bookings-fixtures';
import { functionClient, runTimer, type FunctionCall } from './function-client';
import { notice } from './notices-fixtures';
import { putActivity, putAttendance } from './records-fixtures';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const LEADER = 'dev-leader'; // leads team-car-care
const VOLUNTEER = 'dev-student'; // car-care volunteer in 汽修2301班 (汽车专业群团支部)
const RJ = 'ou-class-rj2301'; // 软件2301班 (软件专业群团支部): nobody of the seed
const JY = 'ou-class-jy2302'; // 计应2302班 (软件专业群团支部): nobody of the seed
const QX = 'ou-class-qx2201'; // 汽修2201班 (汽车专业群团支部)

const putPerson = (openid: string, orgUnitId: string, memberKind: 'student' | 'teacher') =>
  db()
    .collection('users')
    .doc(openid)
    .set({
      name: `统计${openid.slice(-3)}`,
      membershipStatus: 'approved',
      memberKind,
      memberNo: null,
      phone: null,
      orgUnitId,
      teamRoles: [],
      latestApplicationId: null,
      admin: false,
      createdAt: new Date(Date.now() - 3_600_000),
      lastLoginAt: new Date(),
    });

/**
 * A question asked `minutesAgo` minutes ago, stored and counted as `qa.ask` stores and counts one
 * (the host's clock cannot be moved back, and backdating an asked question would move its count).
 */
const putQuestionAsked = async (openid: string, orgUnitId: string, title: string, minutesAgo: number): Promise<string> => {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  const { _id, ...body }: QuestionDocument = {
    _id: `q_st${openid.replace(/[^a-z0-9]/g, '')}${minutesAgo}`,
    authorOpenid: openid,
    authorName: `统计${openid.slice(-3)}`,
    title,
    body: `${title}，请各位同学帮忙看看。`,
    tags: ['轮胎'],
    photos: [],
    searchGrams: [],
    visibility: 'visible',
    answerState: 'none',
    answerCount: 0,
    acceptedAnswerId: null,
    reportCount: 0,
    hiddenBy: null,
    hiddenAt: null,
    moderationReason: null,
    createdAt: at,
    updatedAt: at,
  };
  const pending = await pendingFacts({ kind: 'question', id: _id });
  await db().collection('qa_questions').doc(_id).set(body);
  await pending.count('qa.ask', questionFacts({ _id, ...body }, [], orgUnitId));
  return _id;
};

/**
 * Issue 17: one scripted term driven through the real actions (bookings, the closing timer, Q&A,
 * notices, a reversal) — every measure of `stats.dashboard` equals the totals worked out by hand
 * below, for the whole committee, per team and per org unit.
 *
 * The script (all in the current term, "now"):
 * - Bookings (car-care, volunteer 张同学 in 汽修2301): B1 by bk1 (软件2301) done 60 min, rated 5, confirmed;
 *   B2 by bk2 (计应2302) done 30 min, rated 3, not confirmed (pending); B3 by bk1 done 30 min, confirmed,
 *   not rated; B4 by bk3 (软件2301) no-show.
 * - Activities (closed by the timer, fixed hours): A1 car-care 120 min: v1 (软件2301) signed up + checked in,
 *   v2 (软件2301) signed up absent, v3 (计应2302) cancelled, v4 (汽修2201) walk-in; A2 computer-clinic 60 min:
 *   v1 and v5 (计应2302) signed up + checked in. Then v4's entry is reversed by an admin.
 * - Previous term: v1 credited under car-care (returning), v2 too (not active now).
 * - Q&A: Q1 by bk1 answered by 张同学 and 王队长, 张同学's accepted; Q2 by v5 answered by v5 (own, not
 *   counted) and 李老师; Q3 by v2 unanswered — these answers within seconds. Asked earlier and answered
 *   now (first answer after): Q4 bk3 45 min, Q5 v1 200 min, Q6 bk1 3000 min (软件2301); Q7 bk2 150 min,
 *   Q8 v3 160 min (计应2302). Last term: P1 v1 (100 days ago), P2 v2 (90 days ago), both answered now.
 * - A notice to 软件2301 + 计应2302 (audience bk1, bk3, v1, v2 | bk2, v3, v5 = 7), read by bk1, v1 (twice), v5.
 */
describe('stats: a scripted term, every measure against hand-computed totals', () => {
  let local: TestLocal;
  let stats: FunctionCall<'stats'>;
  let termId: string;
  let previousTermId: string;

  const expectOk = <T extends { ok: boolean }>(reply: T, what: string): T => {
    if (!reply.ok) throw new Error(`${what}: ${JSON.stringify(reply)}`);
    return reply;
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    stats = functionClient(local, 'stats');
    const records = functionClient(local, 'records');
    const bookings = functionClient(local, 'bookings');
    const qa = functionClient(local, 'qa');
    const notices = functionClient(local, 'notices');

    const today = shanghaiDay(new Date());
    const previous = expectOk(
      await records(ADMIN, 'saveTerm', { name: '统计上学期', startDay: addDays(today, -200), endDay: addDays(today, -61) }),
      'saveTerm',
    );
    const current = expectOk(
      await records(ADMIN, 'saveTerm', { name: '统计本学期', startDay: addDays(today, -60), endDay: addDays(today, 60) }),
      'saveTerm',
    );
    termId = current.data.term.termId;
    previousTermId = previous.data.term.termId;
    expect(previousTermId).not.toBe(termId);

    for (const [openid, unit, kind] of [
      ['st-bk1', RJ, 'teacher'],
      ['st-bk2', JY, 'teacher'],
      ['st-bk3', RJ, 'teacher'],
      ['st-v1', RJ, 'student'],
      ['st-v2', RJ, 'student'],
      ['st-v3', JY, 'student'],
      ['st-v4', QX, 'student'],
      ['st-v5', JY, 'student'],
    ] as const)
      await putPerson(openid, unit, kind);

    // The previous term: v1 and v2 active under car-care.
    const lastTerm = new Date(`${addDays(today, -100)}T10:00:00+08:00`);
    for (const openid of ['st-v1', 'st-v2'])
      await creditHours(
        { kind: 'activity', id: `act_stprev${openid.replace('-', '')}0000000000`.slice(0, 24) },
        [{ openid, minutes: 60 }],
        {
          verifiedBy: ADMIN,
          verifiedAt: lastTerm,
          teamId: 'team-car-care',
          title: '上学期活动',
        },
      );

    // Bookings.
    const delivered = async (booker: string, minutes: number) => {
      const slot = await publishSlot(bookings, 'svc-car-wash', { capacity: 1 });
      const { bookingId } = expectOk(await bookings(booker, 'book', { slotId: slot.slotId, details: CAR }), 'book').data;
      expectOk(await bookings(LEADER, 'assign', { bookingId, volunteerOpenid: VOLUNTEER }), 'assign');
      await moveSlotSoon(bookingId);
      expectOk(await bookings(VOLUNTEER, 'start', { bookingId }), 'start');
      expectOk(
        await bookings(VOLUNTEER, 'close', { bookingId, summary: '车身清洗完毕', minutes: [{ openid: VOLUNTEER, minutes }] }),
        'close',
      );
      return bookingId;
    };
    const b1 = await delivered('st-bk1', 60);
    expectOk(await bookings('st-bk1', 'rate', { bookingId: b1, score: 5 }), 'rate');
    expectOk(await bookings(LEADER, 'confirmRecord', { bookingId: b1 }), 'confirmRecord');
    const b2 = await delivered('st-bk2', 30);
    expectOk(await bookings('st-bk2', 'rate', { bookingId: b2, score: 3 }), 'rate');
    const b3 = await delivered('st-bk1', 30);
    expectOk(await bookings(LEADER, 'confirmRecord', { bookingId: b3 }), 'confirmRecord');
    const slot4 = await publishSlot(bookings, 'svc-car-wash', { capacity: 1 });
    const b4 = expectOk(await bookings('st-bk3', 'book', { slotId: slot4.slotId, details: CAR }), 'book').data.bookingId;
    expectOk(await bookings(LEADER, 'assign', { bookingId: b4, volunteerOpenid: VOLUNTEER }), 'assign');
    await moveSlotSoon(b4, -5);
    expectOk(await bookings(VOLUNTEER, 'markNoShow', { bookingId: b4 }), 'markNoShow');

    // Activities, settled by the closing timer.
    const fixed = (minutes: number) => ({ kind: 'fixed' as const, fixedMinutes: minutes, rounding: 'exact' as const });
    const a1 = await putActivity({ title: '统计活动一', teamId: 'team-car-care', checkoutRequired: false, hoursRule: fixed(120) });
    const a2 = await putActivity({ title: '统计活动二', teamId: 'team-computer-clinic', checkoutRequired: false, hoursRule: fixed(60) });
    const checkedIn = (activity: typeof a1) => ({ checkedInAt: new Date(activity.startAt.getTime() + 5 * 60_000) });
    await putAttendance(a1, 'st-v1', checkedIn(a1));
    await putAttendance(a1, 'st-v2');
    await putAttendance(a1, 'st-v3', { status: 'cancelled' });
    await putAttendance(a1, 'st-v4', { ...checkedIn(a1), signedUpAt: null, checkinMethod: 'walk_in' });
    await putAttendance(a2, 'st-v1', checkedIn(a2));
    await putAttendance(a2, 'st-v5', checkedIn(a2));
    const closed = expectOk(await runTimer<typeof closeActivities>(local, 'records', 'closeActivities'), 'closeActivities');
    expect(closed.data).toMatchObject({ activities: 2, credited: 4 });
    expectOk(await records(ADMIN, 'reverseHours', { entryId: `activity:${a1._id}:st-v4`, reason: '误记签到，撤销时长' }), 'reverseHours');

    // Q&A.
    const ask = async (openid: string, title: string) =>
      expectOk(await qa(openid, 'ask', { title, body: `${title}，请各位同学帮忙看看。`, tags: ['轮胎'] }), 'ask').data.questionId;
    const answer = async (openid: string, questionId: string) =>
      expectOk(await qa(openid, 'answer', { questionId, body: '可以先检查一下电源和线路连接。' }), 'answer').data.answerId;
    const q1 = await ask('st-bk1', '电脑开机很慢怎么办');
    const accepted = await answer(VOLUNTEER, q1);
    await answer(LEADER, q1);
    expectOk(await qa('st-bk1', 'accept', { questionId: q1, answerId: accepted }), 'accept');
    const q2 = await ask('st-v5', '汽车电瓶多久换一次');
    await answer('st-v5', q2);
    await answer('dev-teacher', q2);
    await ask('st-v2', '志愿时长怎么查询');
    for (const [openid, unit, minutesAgo] of [
      ['st-bk3', RJ, 45],
      ['st-v1', RJ, 200],
      ['st-bk1', RJ, 3000],
      ['st-bk2', JY, 150],
      ['st-v3', JY, 160],
      ['st-v1', RJ, 100 * 1440],
      ['st-v2', RJ, 90 * 1440],
    ] as const)
      await answer(LEADER, await putQuestionAsked(openid, unit, '轮胎气压多少合适', minutesAgo));

    // A notice: audience tallied by the publisher's summary, then first reads.
    const noticeId = expectOk(await notices(ADMIN, 'publish', notice('统计通知', { kind: 'orgUnits', orgUnitIds: [RJ, JY] })), 'publish')
      .data.noticeId;
    expect(expectOk(await notices(ADMIN, 'receipts', { noticeId }), 'receipts').data).toMatchObject({ audience: 7, read: 0 });
    for (const openid of ['st-bk1', 'st-v1', 'st-v1', 'st-v5']) expectOk(await notices(openid, 'read', { noticeId }), 'read');
  });
  afterAll(() => local?.dispose());

  const dashboard = async (filter: Record<string, unknown> = {}) =>
    expectOk(await stats(ADMIN, 'dashboard', { termId, ...filter }), 'dashboard').data;

  const noBookings = { servicesDelivered: 0, peopleServed: 0, pendingHours: 0, noShowRate: null, averageRating: null };
  const noQa = { questions: 0, answerRate: null, medianFirstAnswer: null };

  it('the whole committee: every measure', async () => {
    expect((await dashboard()).totals).toEqual({
      servicesDelivered: 3, // B1, B2, B3
      peopleServed: 2, // bk1 (twice), bk2
      verifiedHours: 5.5, // B1 60 + B3 30 + A1 v1 120 + A2 v1 60 + A2 v5 60 = 330 min (v4 reversed)
      pendingHours: 0.5, // B2 30 min
      activitiesHeld: 2,
      signUps: 4, // A1 v1, v2 (v3 cancelled, v4 walked in); A2 v1, v5
      attendanceRate: 0.75, // 3 of 4 sign-ups checked in
      noShowRate: 0.25, // B4 of (3 done + 1 no-show)
      averageRating: 4, // (5 + 3) / 2
      ratingDistribution: [0, 0, 1, 0, 1],
      activeVolunteers: 3, // 张同学, v1, v5 (v4 reversed)
      returningVolunteers: 1, // v1
      questions: 8,
      answerRate: 0.875, // all but Q3
      // 7 first answers, minutes: 0, 0, 45, 150, 160, 200, 3000 — the 4th, 150, is in 2–4 hours.
      medianFirstAnswer: { fromMinutes: 120, underMinutes: 240 },
      noticeReadRate: 0.4286, // 3 of 7
    });
  });

  it('the median first answer per unit and term: odd and even counts, middles in one bucket or two', async () => {
    const qa = (measures: Awaited<ReturnType<typeof dashboard>>['totals']) => ({
      questions: measures.questions,
      answerRate: measures.answerRate,
      medianFirstAnswer: measures.medianFirstAnswer,
    });
    // 软件2301: Q1, Q3 (unanswered), Q4, Q5, Q6 — 4 first answers 0, 45, 200, 3000: the median,
    // (45 + 200) / 2 = 122.5, lies between the 30–60 min and 2–4 h buckets: reported as the span.
    expect(qa((await dashboard({ orgUnitId: RJ })).totals)).toEqual({
      questions: 5,
      answerRate: 0.8,
      medianFirstAnswer: { fromMinutes: 30, underMinutes: 240 },
    });
    // 计应2302: Q2, Q7, Q8 — 3 first answers 0, 150, 160: the 2nd, 150.
    expect(qa((await dashboard({ orgUnitId: JY })).totals)).toEqual({
      questions: 3,
      answerRate: 1,
      medianFirstAnswer: { fromMinutes: 120, underMinutes: 240 },
    });
    // Last term: P1, P2 — 2 first answers, both after 90 days: both middles in the open bucket.
    const last = { questions: 2, answerRate: 1, medianFirstAnswer: { fromMinutes: 10080, underMinutes: null } };
    expect(qa((await dashboard({ termId: previousTermId })).totals)).toEqual(last);
    expect(qa((await dashboard({ termId: previousTermId, orgUnitId: RJ })).totals)).toEqual(last);
    // Q&A belongs to no team, and nobody of 汽修2201 asked.
    expect(qa((await dashboard({ termId: previousTermId, teamId: 'team-car-care' })).totals)).toEqual(noQa);
    expect(qa((await dashboard({ orgUnitId: QX })).totals)).toEqual(noQa);
  });

  it('per team: car-care and computer-clinic', async () => {
    const carCare = {
      servicesDelivered: 3,
      peopleServed: 2,
      verifiedHours: 3.5, // B1 60 + B3 30 + A1 v1 120 = 210 min
      pendingHours: 0.5,
      activitiesHeld: 1,
      signUps: 2, // A1 v1, v2
      attendanceRate: 0.5,
      noShowRate: 0.25,
      averageRating: 4,
      ratingDistribution: [0, 0, 1, 0, 1],
      activeVolunteers: 2, // 张同学, v1
      returningVolunteers: 1, // v1 (car-care last term too)
      ...noQa, // questions and this notice belong to no team
      noticeReadRate: null,
    };
    const clinic = {
      ...noBookings,
      verifiedHours: 2, // A2 v1 60 + v5 60
      activitiesHeld: 1,
      signUps: 2,
      attendanceRate: 1,
      ratingDistribution: [0, 0, 0, 0, 0],
      activeVolunteers: 2, // v1, v5
      returningVolunteers: 0, // v1 was active last term under car-care only
      ...noQa,
      noticeReadRate: null,
    };
    expect((await dashboard({ teamId: 'team-car-care' })).totals).toEqual(carCare);
    expect((await dashboard({ teamId: 'team-computer-clinic' })).totals).toEqual(clinic);
    // The committee's team comparison holds the same per-team numbers.
    const teams = Object.fromEntries((await dashboard()).teams.map((team) => [team.teamId, team.measures]));
    expect(teams['team-car-care']).toEqual(carCare);
    expect(teams['team-computer-clinic']).toEqual(clinic);
  });

  it('per org unit: the software branch, the auto branch, one class', async () => {
    // Booking measures count under the booker's unit, hours and sign-ups under the volunteer's, Q&A under the asker's.
    expect((await dashboard({ orgUnitId: 'ou-branch-software' })).totals).toEqual({
      servicesDelivered: 3, // all bookers are in 软件2301 / 计应2302
      peopleServed: 2,
      verifiedHours: 4, // v1 120 + 60, v5 60 (张同学 is in the auto branch)
      pendingHours: 0.5,
      activitiesHeld: 0, // an activity counts under no unit
      signUps: 4,
      attendanceRate: 0.75,
      noShowRate: 0.25,
      averageRating: 4,
      ratingDistribution: [0, 0, 1, 0, 1],
      activeVolunteers: 2, // v1, v5
      returningVolunteers: 1, // v1
      questions: 8, // everyone who asked is in 软件2301 / 计应2302
      answerRate: 0.875,
      medianFirstAnswer: { fromMinutes: 120, underMinutes: 240 },
      noticeReadRate: 0.4286,
    });
    expect((await dashboard({ orgUnitId: 'ou-branch-auto' })).totals).toEqual({
      ...noBookings,
      verifiedHours: 1.5, // 张同学 B1 60 + B3 30 (v4's 120 reversed)
      activitiesHeld: 0,
      signUps: 0,
      attendanceRate: null,
      ratingDistribution: [0, 0, 0, 0, 0],
      activeVolunteers: 1, // 张同学
      returningVolunteers: 0,
      ...noQa,
      noticeReadRate: null,
    });
    expect((await dashboard({ orgUnitId: JY, teamId: 'team-car-care' })).totals).toEqual({
      servicesDelivered: 1, // B2 (bk2)
      peopleServed: 1,
      verifiedHours: 0,
      pendingHours: 0.5,
      activitiesHeld: 0,
      signUps: 0, // v3 cancelled
      attendanceRate: null,
      noShowRate: 0,
      averageRating: 3,
      ratingDistribution: [0, 0, 1, 0, 0],
      activeVolunteers: 0,
      returningVolunteers: 0,
      ...noQa,
      noticeReadRate: null,
    });
  });

  it('the rebuild finds the same numbers', async () => {
    expect(expectOk(await stats(ADMIN, 'rebuild', { write: false }), 'rebuild').data).toMatchObject({ differences: 0 });
  });
});
