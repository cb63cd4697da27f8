import ExcelJS from 'exceljs';
import { main as stats } from '../../cloudfunctions/stats';
import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { endNotice, putMember, SMALL_THRESHOLDS } from './honours-fixtures';
import { invokerOf } from './invoke-function';
import { startWireCounter } from './wire-counter';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const LEADER = 'dev-leader';
const DAY = 24 * 60 * 60 * 1000;
const dayOf = (offset: number) => new Date(Date.now() + offset * DAY + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** Credits one activity (or booking) to several volunteers at once, as the close timer does. */
const credit = (id: string, title: string, teamId: string, verifiedAt: Date, minutes: Record<string, number>) =>
  creditHours(
    { kind: id.startsWith('act_') ? 'activity' : 'booking', id },
    Object.entries(minutes).map(([openid, n]) => ({ openid, minutes: n })),
    { verifiedBy: LEADER, verifiedAt, teamId, title },
  );

const workbookAt = async (url: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await (await fetch(url)).arrayBuffer()) as unknown as ArrayBuffer);
  return workbook;
};
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** Issue 17: the annual report (主要成效) of a term or a year, from the rollups, and its .xlsx. */
describe('stats.annualReport (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'stats'>;
  let records: FunctionCall<'records'>;
  let honours: FunctionCall<'honours'>;
  let termId: string;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'stats');
    records = functionClient(local, 'records');
    honours = functionClient(local, 'honours');
    const term = async (name: string, startDay: string, endDay: string) => {
      const reply = await records(ADMIN, 'saveTerm', { name, startDay, endDay });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data.term.termId;
    };
    // The current term (honours are awarded now) and the one before it.
    await term('报告上学期', dayOf(-200), dayOf(-61));
    termId = await term('报告本学期', dayOf(-60), dayOf(30));
    // A year of two terms (2037), and the term before it starting in 2036.
    await term('2036秋', '2036-09-01', '2037-01-20');
    await term('2037春', '2037-02-20', '2037-07-10');
    await term('2037秋', '2037-09-01', '2038-01-20');
    for (const [openid, name, no] of [
      ['r-a', '甲报告', '2024100001'],
      ['r-b', '乙报告', '2024100002'],
      ['r-c', '丙报告', '2024100003'],
      ['y-d', '丁年度', '2024100004'],
      ['y-e', '戊年度', '2024100005'],
    ])
      await putMember(openid, name, no);

    const now = (offset: number) => new Date(Date.now() + offset * DAY);
    // Before the term: r-a only (returning).
    await credit('act_rpt0000000000001', '上学期活动', 'team-car-care', now(-100), { 'r-a': 30 });
    // In the term: two activities and a service booking.
    await credit('act_rpt0000000000002', '社区义务洗车', 'team-car-care', now(-20), { 'r-a': 120, 'r-b': 60 });
    await credit('act_rpt0000000000003', '电脑义诊', 'team-computer-clinic', now(-10), { 'r-c': 90 });
    await credit('act_rpt0000000000004', '电脑义诊加场', 'team-computer-clinic', now(-5), { 'r-b': 300 });
    await credit('bkg_rpt0000000000001', '上门维修', 'team-computer-clinic', now(-3), { 'r-c': 45 });
    // The 300 minutes were an error: reversed, they count nowhere (nor their activity).
    const reversed = await records(ADMIN, 'reverseHours', { entryId: 'activity:act_rpt0000000000004:r-b', reason: '重复登记' });
    expect(reversed.ok).toBe(true);

    // Honours at 1–5 hours: r-a (2.5 h) reaches 二星, r-b (1 h) and r-c (2.25 h) 一星 / 二星 — awarded after the notice.
    expect((await honours(ADMIN, 'saveSettings', SMALL_THRESHOLDS)).ok).toBe(true);
    expect((await honours(ADMIN, 'evaluate', {})).ok).toBe(true);
    const { data } = await db().collection('honour_awards').where({ status: 'notice' }).limit(100).get();
    for (const award of data as { _id: string }[]) await endNotice(award._id);
    expect((await honours(ADMIN, 'evaluate', {})).ok).toBe(true);

    // The year 2037: y-d in both its terms and in 2036秋 (returning); y-e in both of its terms.
    await credit('act_rpt0000000000010', '去年活动', 'team-car-care', at('2036-10-01'), { 'y-d': 60 });
    await credit('act_rpt0000000000011', '春季活动', 'team-car-care', at('2037-03-10'), { 'y-d': 30, 'y-e': 60 });
    await credit('act_rpt0000000000012', '秋季活动', 'team-car-care', at('2037-10-10'), { 'y-d': 30 });
    await credit('act_rpt0000000000013', '春季活动二', 'team-computer-clinic', at('2037-04-10'), { 'y-e': 60 });
  });
  afterAll(() => local?.dispose());

  it('reports a term: totals as the dashboard, per team, top activities by verified hours, honours by level', async () => {
    const reply = await call(ADMIN, 'annualReport', { period: termId });
    expect(reply.ok).toBe(true);
    const report = reply.data;
    expect(report.period).toMatchObject({ kind: 'term', name: '报告本学期', startDay: dayOf(-60), endDay: dayOf(30) });
    // 120 + 60 + 90 + 45 minutes (the reversed 300 not): 5.25 h; r-a returning from the term before.
    expect(report.totals).toMatchObject({ verifiedHours: 5.3, activeVolunteers: 3, returningVolunteers: 1 });
    const dashboard = await call(ADMIN, 'dashboard', { termId });
    expect(report.totals).toEqual(dashboard.data.totals);
    expect(report.teams.map((team) => [team.teamName, team.measures.verifiedHours, team.measures.activeVolunteers])).toEqual([
      ['汽车维护服务队', 3, 2],
      ['电脑义诊队', 2.3, 1],
    ]);
    expect(report.topActivities.map((row) => [row.title, row.verifiedHours, row.credited])).toEqual([
      ['社区义务洗车', 3, 2],
      ['电脑义诊', 1.5, 1],
    ]);
    expect(report.honours.map((row) => [row.label, row.count, row.names])).toEqual([
      ['五星', 0, []],
      ['四星', 0, []],
      ['三星', 0, []],
      ['二星', 2, ['丙报告', '甲报告'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'))],
      ['一星', 3, ['甲报告', '乙报告', '丙报告'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'))],
    ]);
    // The member numbers never leave: names only.
    expect(JSON.stringify(report)).not.toContain('20241000');
  });

  it('reports a year: its terms summed, people counted once across them', async () => {
    const reply = await call(ADMIN, 'annualReport', { period: '2037' });
    expect(reply.ok).toBe(true);
    expect(reply.data.period).toEqual({
      kind: 'year',
      key: '2037',
      name: '2037年度',
      startDay: '2037-02-20',
      endDay: '2038-01-20',
      termNames: ['2037春', '2037秋'],
    });
    // 30 + 60 + 30 + 60 minutes; y-d and y-e once each although both were active in two terms.
    expect(reply.data.totals).toMatchObject({ verifiedHours: 3, activeVolunteers: 2, returningVolunteers: 1 });
    expect(reply.data.topActivities.map((row) => [row.title, row.verifiedHours, row.credited])).toEqual([
      ['春季活动', 1.5, 2],
      ['春季活动二', 1, 1],
      ['秋季活动', 0.5, 1],
    ]);
    expect(reply.data.honours.every((row) => row.count === 0)).toBe(true);
    // A year without terms is an empty report, not an error.
    const empty = await call(ADMIN, 'annualReport', { period: '2045' });
    expect(empty).toMatchObject({ ok: true, data: { period: { startDay: '2045-01-01', endDay: '2045-12-31' }, teams: [] } });
    expect(empty.data.totals.verifiedHours).toBe(0);
  });

  it('exports the report as an .xlsx: sheets, headers, numbers as numbers, text as text', async () => {
    const reply = await call(ADMIN, 'exportAnnualReport', { period: termId });
    expect(reply).toMatchObject({ ok: true, data: { fileName: '报告本学期-主要成效.xlsx', rows: 2 + 2 + 5 } });
    const workbook = await workbookAt(reply.data.url);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['主要成效', '总体指标', '各服务队', '活动排行', '荣誉']);

    const summary = rowsOf(workbook.getWorksheet('主要成效')!);
    expect(summary[0]).toEqual(['序号', '内容']);
    expect(summary[2]).toEqual([
      2,
      '本学期共开展志愿服务活动 0 场，累计认定志愿时长 5.3 小时，活跃志愿者 3 人，其中持续参与（上一学期也有认定时长）1 人。',
    ]);
    expect(summary.map((row) => row[1])).toContain('认定时长最多的活动是「社区义务洗车」，共认定 3 小时（2 人次）。');
    expect(summary.map((row) => row[1])).toContain('本学期授予星级志愿者 5 人次：二星 2 人、一星 3 人。');

    const totals = workbook.getWorksheet('总体指标')!;
    const totalRows = rowsOf(totals);
    expect(totalRows[0]).toEqual(['指标', '数值', '说明']);
    expect(totalRows.find((row) => row[0] === '已认定时长（小时）')).toEqual([
      '已认定时长（小时）',
      5.3,
      '志愿时长台账中已认定的时长合计（小时），按认定时间计入学期。',
    ]);
    expect(totalRows.find((row) => row[0] === '活跃志愿者（人）')?.[1]).toBe(3);

    const teams = workbook.getWorksheet('各服务队')!;
    expect(rowsOf(teams)[0]).toEqual([
      '服务队',
      '开展活动数（场）',
      '服务人次',
      '服务对象人数（人）',
      '已认定时长（小时）',
      '活跃志愿者（人）',
      '报名人次',
      '签到率（%）',
      '平均评分（分）',
    ]);
    expect(
      rowsOf(teams)
        .slice(1)
        .map((row) => row.slice(0, 6)),
    ).toEqual([
      ['汽车维护服务队', 0, 0, 0, 3, 2],
      ['电脑义诊队', 0, 0, 0, 2.3, 1],
    ]);
    expect(teams.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(teams.getCell('E2').type).toBe(ExcelJS.ValueType.Number);

    const top = workbook.getWorksheet('活动排行')!;
    expect(rowsOf(top)).toEqual([
      ['排名', '活动', '服务队', '认定时长（小时）', '认定人次'],
      [1, '社区义务洗车', '汽车维护服务队', 3, 2],
      [2, '电脑义诊', '电脑义诊队', 1.5, 1],
    ]);
    expect(top.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(top.getCell('B2').type).toBe(ExcelJS.ValueType.String);

    const honourRows = rowsOf(workbook.getWorksheet('荣誉')!);
    expect(honourRows[0]).toEqual(['星级', '授予人数', '名单']);
    expect(honourRows[4]).toEqual(['二星', 2, ['丙报告', '甲报告'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')).join('、')]);
    expect(JSON.stringify(workbook.worksheets.map(rowsOf))).not.toContain('20241000');
  });

  it('is for admins only, refuses an unknown term and a period that is neither term nor year', async () => {
    for (const action of ['annualReport', 'exportAnnualReport'] as const) {
      expect(await call(LEADER, action, { period: termId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await call('r-a', action, { period: '2037' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await call(ADMIN, action, { period: 'term_nosuchterm00' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await call(ADMIN, action, { period: '去年' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
  });

  it('reads the rollups, not the ledger: a bounded number of round trips, and the rebuild agrees with the activity counters', async () => {
    const counter = await startWireCounter();
    try {
      const traffic = await counter.trafficOf(() => invokerOf('stats', stats)(ADMIN, { action: 'annualReport', period: '2037' }));
      expect(traffic.reply.ok).toBe(true);
      expect(traffic.roundTrips).toBeLessThanOrEqual(5);
    } finally {
      await counter.close();
    }
    expect(await call(ADMIN, 'rebuild', { write: false })).toMatchObject({ ok: true, data: { differences: 0 } });
    // A counter knocked off is found and put back.
    const { data } = await db().collection('stats_activities').where({ activityId: 'act_rpt0000000000002' }).limit(20).get();
    await db()
      .collection('stats_activities')
      .doc((data[0] as { _id: string })._id)
      .update({ verifiedMinutes: 1 });
    expect(await call(ADMIN, 'rebuild', { write: true })).toMatchObject({ ok: true, data: { differences: 1 } });
    const again = await call(ADMIN, 'annualReport', { period: termId });
    expect(again.data.topActivities[0]).toMatchObject({ title: '社区义务洗车', verifiedHours: 3, credited: 2 });
  });
});
