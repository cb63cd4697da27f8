import type { remindBookings } from '../../cloudfunctions/bookings/timers/remind-bookings';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_TEMPLATE_IDS } from '../../local/local-templates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, db, publishSlot, putMember } from './bookings-fixtures';
import { functionClient, runTimer, type FunctionCall } from './function-client';
import { readOutbox } from './invoke-function';

jest.setTimeout(90_000);

const REMINDER_TEMPLATE = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_BOOKING_REMINDER;
const REPO = path.resolve(__dirname, '../..');

/** The `remindBookings` timer: each booker and assigned volunteer reminded once, however ticks overlap. */
describe('bookings: reminder timer (integration)', () => {
  let local: TestLocal;
  let bookings: FunctionCall<'bookings'>;
  let messages: FunctionCall<'messages'>;
  /** One tick through the host's timer route, as the scheduler and `npm run tick` run it. */
  const tick = async () => (await runTimer<typeof remindBookings>(local, 'bookings', 'remindBookings')).data;
  const inbox = async (openid: string, kind: string) =>
    ((await messages(openid, 'list', { limit: 50 })).data.items as any[]).filter((message) => message.kind === kind);
  /** Moves a booking's start (what the timer reads) to `minutes` from now. */
  const startsIn = (bookingId: string, minutes: number) =>
    db()
      .collection('bookings')
      .doc(bookingId)
      .update({ startAt: new Date(Date.now() + minutes * 60_000) });
  const book = async (who: string) => {
    const slot = await publishSlot(bookings, 'svc-car-wash');
    const reply = await bookings(who, 'book', { slotId: slot.slotId, details: CAR });
    expect(reply).toMatchObject({ ok: true });
    return reply.data.bookingId as string;
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    bookings = functionClient(local, 'bookings');
    messages = functionClient(local, 'messages');
    await putMember('o-remind-teacher', 'teacher');
    await putMember('o-remind-later', 'teacher');
  });
  afterAll(() => local?.dispose());

  it('one tick reminds booker and volunteer; two overlapping ticks remind exactly once; later slots wait', async () => {
    await messages('dev-teacher', 'recordSubscriptions', {
      grants: [{ kind: 'bookingReminder', templateId: REMINDER_TEMPLATE, accepted: true }],
    });
    const assigned = await book('dev-teacher');
    await bookings('dev-leader', 'assign', { bookingId: assigned, volunteerOpenid: 'dev-student' });
    const unassigned = await book('o-remind-teacher');
    const later = await book('o-remind-later');
    await startsIn(assigned, 60);
    await startsIn(unassigned, 90);
    await startsIn(later, 5 * 60);

    const results = await Promise.all([tick(), tick()]);
    const total = (field: 'remindedBookers' | 'remindedVolunteers') => results.reduce((sum, result) => sum + result[field], 0);
    expect(total('remindedBookers')).toBe(2);
    expect(total('remindedVolunteers')).toBe(1);
    expect(await tick()).toEqual({ remindedBookers: 0, remindedVolunteers: 0 });

    const [reminder] = await inbox('dev-teacher', 'bookingReminder');
    expect(reminder).toMatchObject({ title: '洗车即将开始' });
    expect(await inbox('dev-teacher', 'bookingReminder')).toHaveLength(1);
    expect(await inbox('o-remind-teacher', 'bookingReminder')).toHaveLength(1);
    expect(await inbox('o-remind-later', 'bookingReminder')).toHaveLength(0);
    const jobs = await inbox('dev-student', 'jobReminder');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].body).toContain('预约人 李老师');
    const pushed = (await readOutbox(local.emulatorUrl)).filter(
      (message) => message.touser === 'dev-teacher' && message.templateId === REMINDER_TEMPLATE,
    );
    expect(pushed).toHaveLength(1);

    const stamped = (await db().collection('bookings').doc(assigned).get()).data[0];
    expect(stamped.remindedBookerAt).toBeInstanceOf(Date);
    expect(stamped.remindedVolunteerAt).toBeInstanceOf(Date);
  });

  it('`npm run tick -- bookings remindBookings` runs the job in the running host', async () => {
    const later = await book('dev-teacher');
    await startsIn(later, 30);
    const { stdout } = await promisify(execFile)(
      path.join(REPO, 'node_modules/.bin/tsx'),
      ['scripts/tick.ts', 'bookings', 'remindBookings', '--url', local.url],
      { cwd: REPO },
    );
    expect(JSON.parse(stdout.trim().split('\n').pop() as string)).toEqual({
      function: 'bookings',
      trigger: 'remindBookings',
      result: { ok: true, data: { remindedBookers: 1, remindedVolunteers: 0 } },
    });
  });
});
