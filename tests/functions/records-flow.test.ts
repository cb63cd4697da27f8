import type { closeActivities } from '../../cloudfunctions/records/timers/close-activities';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { createActivity, currentCode, signedUpStudents } from './activities-fixtures';
import { db } from './bookings-fixtures';
import { functionClient, runTimer, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

const MINUTE = 60_000;

/**
 * The whole path through both functions: sign up and check in with the live code (activities), miss
 * the check-out, the end closes it at 0 hours (records timer), a correction is approved, and 我的
 * (activities.myHours) shows the hours once.
 */
describe('records with activities: missed check-out to corrected hours (integration)', () => {
  let local: TestLocal;
  let activities: FunctionCall<'activities'>;
  let records: FunctionCall<'records'>;
  const tick = async () => (await runTimer<typeof closeActivities>(local, 'records', 'closeActivities')).data;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    activities = functionClient(local, 'activities');
    records = functionClient(local, 'records');
  });
  afterAll(() => local?.dispose());

  it('check-in, automatic close at 0 hours, approved correction, hours in 我的 exactly once', async () => {
    const activityId = await createActivity(activities, { title: '社区敬老院探访' });
    const [student] = await signedUpStudents(activities, activityId, 'o-flow', 1);
    expect(await activities(student, 'checkin', { code: (await currentCode(activities, activityId)).code })).toMatchObject({ ok: true });

    // Time passes: the activity ran 3 h and ended 40 min ago (past its 30 min late margin); the student checked in at its start.
    const now = Date.now();
    const startAt = new Date(now - 220 * MINUTE);
    await db()
      .collection('activities')
      .doc(activityId)
      .update({ startAt, endAt: new Date(now - 40 * MINUTE), signUpClosesAt: startAt, signUpOpensAt: new Date(now - 300 * MINUTE) });
    await db().collection('attendance').doc(`${activityId}:${student}`).update({ checkedInAt: startAt });

    expect(await tick()).toMatchObject({ closed: 1 });
    expect((await activities(student, 'myHours')).data.totalMinutes).toBe(0);

    const requested = await records(student, 'requestCorrection', {
      activityId,
      checkedOutAt: new Date(startAt.getTime() + 125 * MINUTE).toISOString(),
      reason: '帮老人收拾完才离开，忘记签退',
    });
    expect(requested).toMatchObject({ ok: true });
    const decided = await records('dev-admin', 'decideCorrection', { correctionId: requested.data.correction.correctionId, approve: true });
    // 2 h 5 min → 2 h (remainder under 15 min counts nothing).
    expect(decided).toMatchObject({ ok: true, data: { correction: { status: 'approved', minutes: 120 } } });
    await tick();

    const hours = (await activities(student, 'myHours')).data;
    expect(hours.totalMinutes).toBe(120);
    expect(hours.entries).toEqual([
      expect.objectContaining({ title: '社区敬老院探访', minutes: 120, source: { kind: 'activity', id: activityId } }),
    ]);
  });
});
