import { main as records } from '../../cloudfunctions/records';
import { main as stats } from '../../cloudfunctions/stats';
import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { mergeStatsShards } from '../../cloudfunctions/_lib/stats/stats.repository';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { invokerOf } from './invoke-function';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const verificationAt = (day: string) => ({
  verifiedBy: ADMIN,
  verifiedAt: new Date(`${day}T10:00:00+08:00`),
  teamId: 'team-car-care',
  title: '修复后重放',
});

/**
 * Issue 17: the repair counts what a crash lost, and marks those facts applied — so the fact's
 * replay afterwards (the record's next change re-emits every fact of its state) counts nothing again;
 * and it merges the counter shards live increments spread, in a transaction increments retry against.
 */
describe('stats: the repair marks what it counts and merges shards', () => {
  let local: TestLocal;
  const callStats = invokerOf('stats', stats);
  const callRecords = invokerOf('records', records);
  const termIds: Record<string, string> = {};

  const hours = async (termId: string) => {
    const reply = await callStats(ADMIN, { action: 'dashboard', termId });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.data.totals.verifiedHours;
  };
  const repair = async () => {
    const reply = await callStats(ADMIN, { action: 'rebuild', write: true });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.data;
  };
  const check = async () => {
    const reply = await callStats(ADMIN, { action: 'rebuild', write: false });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.data.differences;
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    // One term per case, so a case's counters are its own.
    for (const [name, startDay, endDay] of [
      ['2037春', '2037-02-20', '2037-07-10'],
      ['2037秋', '2037-09-01', '2038-01-20'],
      ['2038春', '2038-02-20', '2038-07-10'],
    ]) {
      const reply = await callRecords(ADMIN, { action: 'saveTerm', name, startDay, endDay });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      termIds[name] = reply.data.term.termId;
    }
  });
  afterAll(async () => local?.dispose());

  it('a credit whose counters a crash lost: repaired, then replayed, counts once', async () => {
    const termId = termIds['2037春'];
    const verification = verificationAt('2037-03-05');
    const base = await hours(termId);
    // The entry committed, its counters did not (the crash between them): written as the ledger would hold it.
    const source = { kind: 'activity' as const, id: 'act_replay000000000001' };
    await db()
      .collection('hours_ledger')
      .doc(`activity:${source.id}:dev-student`)
      .set({ openid: 'dev-student', source, minutes: 120, ...verification });
    expect(await hours(termId)).toBe(base);
    await repair();
    expect(await hours(termId)).toBe(base + 2);
    // The replay: a retried credit of the same source re-emits the stored entry's fact.
    expect(await creditHours(source, [{ openid: 'dev-student', minutes: 120 }], verification)).toBe(0);
    expect(await hours(termId)).toBe(base + 2);
    expect(await check()).toBe(0);
  });

  it('a reversal whose counters a crash lost: repaired, then replayed, undoes once', async () => {
    const source = { kind: 'activity' as const, id: 'act_replay000000000002' };
    const termId = termIds['2037秋'];
    const verification = verificationAt('2037-10-08');
    const base = await hours(termId);
    expect(await creditHours(source, [{ openid: 'dev-student', minutes: 60 }], verification)).toBe(1);
    expect(await hours(termId)).toBe(base + 1);
    // The reversal committed on the entry, its counters did not.
    await db()
      .collection('hours_ledger')
      .doc(`activity:${source.id}:dev-student`)
      .update({ reversedAt: new Date(), reversedBy: ADMIN, reversalReason: '崩溃前撤销' });
    await repair();
    expect(await hours(termId)).toBe(base);
    // The replay re-emits the entry's fact and its reversal: neither moves the counters again.
    expect(await creditHours(source, [{ openid: 'dev-student', minutes: 60 }], verification)).toBe(0);
    expect(await hours(termId)).toBe(base);
    expect(await check()).toBe(0);
  });

  it("merges a month's counter shards into one document while credits land, losing and doubling nothing", async () => {
    const termId = termIds['2038春'];
    const verification = verificationAt('2038-03-05');
    const credits = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          creditHours(
            { kind: 'activity', id: `act_merge${String(from + i).padStart(13, '0')}` },
            [{ openid: 'dev-student', minutes: 60 }],
            verification,
          ),
        ),
      );
    const counterDocs = async () => (await db().collection('stats_monthly').where({ termId }).count()).total;
    for (let i = 0; i < 40; i += 10) await credits(i, 10);
    expect(await hours(termId)).toBe(40);
    expect(await counterDocs()).toBeGreaterThan(4); // one month, one team, one unit: spread over the shards
    // The merge while a burst of credits lands: its transaction meets their increments, and retries.
    const ids = ((await db().collection('stats_monthly').where({ termId }).get()).data as { _id: string }[]).map((doc) => doc._id);
    const into = `${ids[0].replace(/#\d+$/, '')}#0`;
    await Promise.all([mergeStatsShards('monthly', ids, into), credits(40, 20)]);
    expect(await hours(termId)).toBe(60);
    expect(await check()).toBe(0);
    // Once quiet, the nightly repair merges what the burst spread again: one document per month × team × unit.
    expect((await repair()).merged).toBeGreaterThanOrEqual(1);
    expect(await counterDocs()).toBe(1);
    expect(await hours(termId)).toBe(60);
  });
});
