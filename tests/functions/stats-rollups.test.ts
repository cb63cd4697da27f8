import { main as records } from '../../cloudfunctions/records';
import { main as stats } from '../../cloudfunctions/stats';
import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { invokerOf } from './invoke-function';
import { startWireCounter } from './wire-counter';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const LEADER = 'dev-leader'; // leads team-car-care
const at = (day: string, clock = '10:00') => new Date(`${day}T${clock}:00+08:00`);

const putVolunteer = (openid: string, orgUnitId: string) =>
  db()
    .collection('users')
    .doc(openid)
    .set({
      name: `志愿者${openid}`,
      membershipStatus: 'approved',
      memberKind: 'student',
      memberNo: null,
      phone: null,
      orgUnitId,
      teamRoles: [{ teamId: 'team-car-care', role: 'volunteer' }],
      latestApplicationId: null,
      admin: false,
      createdAt: new Date(),
      lastLoginAt: new Date(),
    });

let sequence = 0;
const credit = (openid: string, minutes: number, verifiedAt: Date, teamId: string | null = 'team-car-care') => {
  sequence += 1;
  return creditHours({ kind: 'activity', id: `act_stat${String(sequence).padStart(16, '0')}` }, [{ openid, minutes }], {
    verifiedBy: ADMIN,
    verifiedAt,
    teamId,
    title: '统计测试',
  });
};

/** Issue 17: ledger credits roll up into hours, active and returning volunteers, per team, unit and term. */
describe('stats rollups from the hours ledger', () => {
  let local: TestLocal;
  const callStats = invokerOf('stats', stats);
  const callRecords = invokerOf('records', records);
  let spring: string;
  let autumn: string;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    const term = async (name: string, startDay: string, endDay: string) => {
      const reply = await callRecords(ADMIN, { action: 'saveTerm', name, startDay, endDay });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data.term.termId;
    };
    spring = await term('2035春', '2035-02-20', '2035-07-10');
    autumn = await term('2035秋', '2035-09-01', '2036-01-20');
    await putVolunteer('s-a', 'ou-class-qx2301');
    await putVolunteer('s-b', 'ou-class-qx2201');
    await putVolunteer('s-c', 'ou-class-rj2301');
  });
  afterAll(async () => local?.dispose());

  it('counts each entry once, splits by team and unit, and finds returning volunteers term over term', async () => {
    await credit('s-a', 120, at('2035-03-05'));
    await credit('s-b', 60, at('2035-04-01'));
    await credit('s-a', 90, at('2035-10-08'));
    await credit('s-c', 30, at('2035-10-09'), 'team-computer-clinic');
    await credit('s-a', 30, at('2035-11-15'), 'team-computer-clinic');
    // A replayed credit of the same source and volunteer counts nothing.
    sequence -= 1;
    expect(await credit('s-a', 30, at('2035-11-15'), 'team-computer-clinic')).toBe(0);

    const all = await callStats(ADMIN, { action: 'dashboard', termId: autumn });
    expect(all.ok).toBe(true);
    if (!all.ok) return;
    expect(all.data.totals).toMatchObject({ verifiedHours: 2.5, activeVolunteers: 2, returningVolunteers: 1 });
    expect(all.data.trend.map((row) => [row.month, row.measures.verifiedHours])).toEqual([
      ['2035-10', 2],
      ['2035-11', 0.5],
    ]);
    const teams = Object.fromEntries(all.data.teams.map((team) => [team.teamId, team.measures]));
    expect(teams['team-car-care']).toMatchObject({ verifiedHours: 1.5, activeVolunteers: 1, returningVolunteers: 1 });
    expect(teams['team-computer-clinic']).toMatchObject({ verifiedHours: 1, activeVolunteers: 2, returningVolunteers: 0 });

    // The 汽车 branch holds qx2301 and qx2201 but not rj2301.
    const branch = await callStats(ADMIN, { action: 'dashboard', termId: autumn, orgUnitId: 'ou-branch-auto' });
    expect(branch.ok && branch.data.totals).toMatchObject({ verifiedHours: 2, activeVolunteers: 1, returningVolunteers: 1 });
    const first = await callStats(ADMIN, { action: 'dashboard', termId: spring });
    expect(first.ok && first.data.totals).toMatchObject({ verifiedHours: 3, activeVolunteers: 2, returningVolunteers: 0 });

    const mine = await callStats('s-a', { action: 'mine' });
    expect(mine.ok && Object.fromEntries(mine.data.terms.map((row) => [row.termId, row.activityHours]))).toEqual({
      '*': 4,
      [spring]: 2,
      [autumn]: 2,
    });

    const rebuilt = await callStats(ADMIN, { action: 'rebuild', write: false });
    expect(rebuilt.ok && rebuilt.data).toMatchObject({ differences: 0 });
  });

  it('shows a leader only the team they lead', async () => {
    expect(await callStats(LEADER, { action: 'dashboard', termId: autumn })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callStats(LEADER, { action: 'dashboard', termId: autumn, teamId: 'team-computer-clinic' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const own = await callStats(LEADER, { action: 'dashboard', termId: autumn, teamId: 'team-car-care' });
    expect(own.ok && own.data.totals).toMatchObject({ verifiedHours: 1.5, activeVolunteers: 1 });
    expect(own.ok && own.data.teams.map((team) => team.teamId)).toEqual(['team-car-care']);
  });

  it('loads a dashboard in at most 5 database round trips', async () => {
    const counter = await startWireCounter();
    try {
      const traffic = await counter.trafficOf(() =>
        callStats(ADMIN, { action: 'dashboard', termId: autumn, orgUnitId: 'ou-college-auto-info' }),
      );
      expect(traffic.reply.ok).toBe(true);
      expect(traffic.roundTrips).toBeLessThanOrEqual(5);
    } finally {
      await counter.close();
    }
  });
});
