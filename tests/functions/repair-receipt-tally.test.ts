import { main as noticesMain } from '../../cloudfunctions/notices/index';
import { confirmReceipt, insertReceiptOnce, receiptIdOf } from '../../cloudfunctions/notices/receipt.repository';
import { RECEIPT_SETTLE_MS } from '../../cloudfunctions/notices/timers/recount-receipts';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { notice } from './notices-fixtures';

jest.setTimeout(90_000);

const ADMIN = 'dev-admin';

/** One tick of `recountReceipts` as the platform sends it (no caller), at `time`. */
const tickAt = async (time: Date) => {
  const reply = await noticesMain({ Type: 'Timer', TriggerName: 'recountReceipts', Time: time.toISOString() }, {});
  if (!reply.ok) throw new Error(`recountReceipts failed: ${reply.code} ${reply.message}`);
  return reply.data as { correctedTallies: number; visited: number; passFinished: boolean };
};
const later = (ms: number) => new Date(Date.now() + ms);

/**
 * The tally recount, tested by the crashes it repairs: `read` inserts the receipt, then bumps the
 * tally; `confirm` confirms the receipt, then bumps. Each crash is the first write done through the
 * repository function the real code uses, the bump skipped.
 */
describe('notices: recountReceipts corrects tallies a crash left short (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'notices'>;
  const noticeDoc = async (noticeId: string) => (await db().collection('notices').doc(noticeId).get()).data[0];
  const summary = async (noticeId: string) => {
    const reply = await call(ADMIN, 'receipts', { noticeId });
    expect(reply).toMatchObject({ ok: true });
    const units = Object.fromEntries(
      (reply.data.byOrgUnit as { orgUnitId: string | null; read: number; confirmed: number }[])
        .filter((unit) => unit.read > 0 || unit.confirmed > 0)
        .map((unit) => [unit.orgUnitId ?? '-', [unit.read, unit.confirmed]]),
    );
    return { read: reply.data.read as number, confirmed: reply.data.confirmed as number, units };
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'notices');
  });
  afterAll(() => local?.dispose());

  it('counts a receipt whose bump was lost and a confirmation whose bump was lost, once', async () => {
    const published = await call(ADMIN, 'publish', notice('回执补数测试', { kind: 'everyone' }, { confirmMode: 'confirm' }));
    expect(published).toMatchObject({ ok: true });
    const noticeId = published.data.noticeId as string;
    const { publishedAt } = await noticeDoc(noticeId);
    const student = (await db().collection('users').doc('dev-student').get()).data[0];

    // A normal read by the teacher, counted.
    expect(await call('dev-teacher', 'read', { noticeId })).toMatchObject({ ok: true, data: { firstRead: true } });
    // read crashed after its insert: the student's receipt exists, the tally never heard of it
    expect(
      await insertReceiptOnce({
        _id: receiptIdOf(noticeId, 'dev-student'),
        noticeId,
        openid: 'dev-student',
        name: student.name,
        orgUnitId: student.orgUnitId,
        publishedAt,
        live: true,
        readAt: new Date(),
        confirmed: false,
        confirmedAt: null,
        reply: null,
      }),
    ).toBe(true);
    // confirm crashed after its update: the teacher's confirmation is stored, not counted
    expect(await confirmReceipt(receiptIdOf(noticeId, 'dev-teacher'), new Date(), null)).toBe(true);

    // What the publisher sees: one reader, nobody confirmed.
    const teacherUnit = (await db().collection('users').doc('dev-teacher').get()).data[0].orgUnitId ?? '-';
    expect(await summary(noticeId)).toEqual({ read: 1, confirmed: 0, units: { [teacherUnit]: [1, 0] } });

    // Receipts written moments ago may still have their bump on the way: left alone.
    expect((await tickAt(new Date())).correctedTallies).toBe(0);
    expect((await summary(noticeId)).read).toBe(1);

    expect(await tickAt(later(RECEIPT_SETTLE_MS + 60_000))).toMatchObject({ correctedTallies: 1, passFinished: true });
    expect(await summary(noticeId)).toEqual({
      read: 2,
      confirmed: 1,
      units: { [student.orgUnitId]: [1, 0], [teacherUnit]: [1, 1] },
    });

    // Idempotent: the next pass finds every tally right and writes nothing.
    const settled = await noticeDoc(noticeId);
    expect((await tickAt(later(RECEIPT_SETTLE_MS + 120_000))).correctedTallies).toBe(0);
    expect(await noticeDoc(noticeId)).toEqual(settled);

    // Later receipts are bumped on top of the recount as usual.
    expect(await call('dev-leader', 'read', { noticeId })).toMatchObject({ ok: true, data: { firstRead: true } });
    expect((await summary(noticeId)).read).toBe(3);
  });
});
