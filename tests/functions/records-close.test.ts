import type { closeActivities } from '../../cloudfunctions/records/timers/close-activities';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { runTimer } from './function-client';
import { attendanceOf, ledgerOf, minutesAgo, putActivity, putAttendance } from './records-fixtures';

jest.setTimeout(120_000);

/** The `closeActivities` timer: every open attendance ends once at the activity's end, credited at most once. */
describe('records: closing timer (integration)', () => {
  let local: TestLocal;
  /** One tick through the host's timer route, as the scheduler and `npm run tick` run it. */
  const tick = async () => {
    const reply = await runTimer<typeof closeActivities>(local, 'records', 'closeActivities');
    expect(reply.ok).toBe(true);
    return reply.data;
  };
  const closedAtOf = async (activityId: string) => (await db().collection('activities').doc(activityId).get()).data[0].closedAt;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
  });
  afterAll(() => local?.dispose());

  it('check-out required: a missed check-out ends at 0 hours with no ledger entry; a checked-out one is untouched', async () => {
    // Started 4 h ago, 3 h long: ended 1 h ago, past its 30 min late margin.
    const activity = await putActivity({ title: '清明祭扫志愿服务' });
    await putAttendance(activity, 'o-close-missed', { checkedInAt: new Date(activity.startAt.getTime() + 5 * 60_000) });
    await putAttendance(activity, 'o-close-done', {
      checkedInAt: activity.startAt,
      checkedOutAt: activity.endAt,
      closedBy: 'checkout',
      minutes: 180,
    });
    await putAttendance(activity, 'o-close-absent');

    const counts = await tick();
    expect(counts).toMatchObject({ closed: 1, credited: 0 });
    expect(await attendanceOf(activity._id, 'o-close-missed')).toMatchObject({ closedBy: 'auto', minutes: 0, checkedOutAt: null });
    expect(await attendanceOf(activity._id, 'o-close-done')).toMatchObject({ closedBy: 'checkout', minutes: 180 });
    expect(await attendanceOf(activity._id, 'o-close-absent')).toMatchObject({ closedBy: null, checkedInAt: null });
    expect(await ledgerOf(activity._id)).toEqual([]);
    expect(await closedAtOf(activity._id)).not.toBeNull();
  });

  it('no check-out asked: credited up to the end by the rule, once, however many ticks overlap', async () => {
    const activity = await putActivity({ title: '五四青年节志愿服务', checkoutRequired: false });
    // 2 h 50 min attended → standard rounding: 2 h + (50 min ≥ 45 → 1 h) = 3 h, capped by the 3 h length.
    await putAttendance(activity, 'o-close-a', { checkedInAt: new Date(activity.startAt.getTime() + 10 * 60_000) });
    // 1 h 20 min attended → 1 h + (20 min → 0.5 h) = 1.5 h.
    await putAttendance(activity, 'o-close-b', { checkedInAt: new Date(activity.endAt.getTime() - 80 * 60_000) });

    const results = await Promise.all([tick(), tick(), tick()]);
    expect(results.reduce((sum, one) => sum + one.closed, 0)).toBe(2);
    expect(results.reduce((sum, one) => sum + one.credited, 0)).toBe(2);
    expect(await tick()).toEqual({ activities: 0, closed: 0, credited: 0 });

    const ledger = await ledgerOf(activity._id);
    expect(
      ledger.map(({ openid, minutes, title }) => ({ openid, minutes, title })).sort((a, b) => a.openid.localeCompare(b.openid)),
    ).toEqual([
      { openid: 'o-close-a', minutes: 180, title: '五四青年节志愿服务' },
      { openid: 'o-close-b', minutes: 90, title: '五四青年节志愿服务' },
    ]);
    expect(await attendanceOf(activity._id, 'o-close-b')).toMatchObject({ closedBy: 'auto', minutes: 90, checkedOutAt: null });
    // Verified as of the activity's end, so it counts in the term the activity took place in.
    expect((await db().collection('hours_ledger').doc(`activity:${activity._id}:o-close-b`).get()).data[0].verifiedAt).toEqual(
      activity.endAt,
    );
  });

  it('waits for the late margin, and resumes what a crashed tick left (credited but not closed)', async () => {
    // Ended 10 min ago with a 30 min late margin: check-in is still open, nothing closes yet.
    const running = await putActivity({ startedMinutesAgo: 70, hours: 1, checkoutRequired: false });
    await putAttendance(running, 'o-close-late', { checkedInAt: minutesAgo(65) });
    const crashed = await putActivity({ checkoutRequired: false });
    await putAttendance(crashed, 'o-close-crash', { checkedInAt: crashed.startAt });
    // What a tick that died after crediting and before closing leaves behind.
    await db()
      .collection('hours_ledger')
      .add({
        _id: `activity:${crashed._id}:o-close-crash`,
        openid: 'o-close-crash',
        source: { kind: 'activity', id: crashed._id },
        minutes: 180,
        verifiedBy: 'dev-leader',
        verifiedAt: new Date(),
        teamId: 'team-car-care',
        title: crashed.title,
      });

    await tick();
    expect(await attendanceOf(running._id, 'o-close-late')).toMatchObject({ closedBy: null });
    expect(await closedAtOf(running._id)).toBeNull();
    expect(await attendanceOf(crashed._id, 'o-close-crash')).toMatchObject({ closedBy: 'auto', minutes: 180 });
    expect(await ledgerOf(crashed._id)).toHaveLength(1);
  });

  it('pages through more than 1,000 open attendances of one activity', async () => {
    const activity = await putActivity({
      title: '国庆志愿服务',
      checkoutRequired: false,
      hoursRule: { kind: 'fixed', fixedMinutes: 120, rounding: 'standard' },
    });
    const openids = Array.from({ length: 1050 }, (_, i) => `o-close-many-${String(i).padStart(4, '0')}`);
    for (let i = 0; i < openids.length; i += 50) {
      await Promise.all(openids.slice(i, i + 50).map((openid) => putAttendance(activity, openid, { checkedInAt: activity.startAt })));
    }
    const started = Date.now();
    const counts = await tick();
    console.log(`closeActivities: ${counts.closed} attendances closed in ${Date.now() - started} ms`);
    expect(counts).toMatchObject({ closed: 1050, credited: 1050 });
    const open = await db().collection('attendance').where({ activityId: activity._id, closedBy: null }).count();
    expect(open.total).toBe(0);
    expect((await db().collection('hours_ledger').where({ 'source.id': activity._id, minutes: 120 }).count()).total).toBe(1050);
  });

  it('check-out required: all missed check-outs of a large activity close at once, overlapping ticks counting each once', async () => {
    const activity = await putActivity({ title: '烈士纪念日志愿服务' });
    const openids = Array.from({ length: 300 }, (_, i) => `o-close-zero-${i}`);
    for (let i = 0; i < openids.length; i += 50) {
      await Promise.all(openids.slice(i, i + 50).map((openid) => putAttendance(activity, openid, { checkedInAt: activity.startAt })));
    }
    const results = await Promise.all([tick(), tick()]);
    expect(results.reduce((sum, one) => sum + one.closed, 0)).toBe(300);
    expect((await db().collection('attendance').where({ activityId: activity._id, closedBy: 'auto', minutes: 0 }).count()).total).toBe(300);
    expect(await ledgerOf(activity._id)).toEqual([]);
  });
});
