import ExcelJS from 'exceljs';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { putActivity, putAttendance, putNumberedMember } from './records-fixtures';

jest.setTimeout(180_000);

/** Downloads an export by its temporary URL and reads its first sheet back as rows of cell values. */
const readSheet = async (url: string): Promise<unknown[][]> => {
  const reply = await fetch(url);
  expect(reply.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await reply.arrayBuffer()) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** The .xlsx exports: stored through the platform storage, opened by temporary URL, paged ≤ 1,000 per query. */
describe('records: exports (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
  });
  afterAll(() => local?.dispose());

  it("exports an activity's attendance with Chinese headers, Shanghai times and credited hours", async () => {
    const activity = await putActivity({ title: '学雷锋日义务维修', startedMinutesAgo: 300, hours: 3 });
    await putNumberedMember('o-exp-1', '2023000001', '赵一', 'ou-class-qx2301');
    await putNumberedMember('o-exp-2', '2023000002', '钱二', 'ou-class-qx2301');
    await putAttendance(activity, 'o-exp-1', {
      name: '赵一',
      checkedInAt: activity.startAt,
      checkedOutAt: new Date(activity.startAt.getTime() + 150 * 60_000),
      closedBy: 'checkout',
      minutes: 150,
    });
    await putAttendance(activity, 'o-exp-2', { name: '钱二' });

    const reply = await records('dev-leader', 'exportAttendance', { activityId: activity._id });
    expect(reply).toMatchObject({ ok: true, data: { rows: 2, fileName: '学雷锋日义务维修-签到记录.xlsx' } });
    expect(reply.data.fileId).toMatch(new RegExp(`/exports/dev-leader/\\d+-attendance-${activity._id}\\.xlsx$`));
    // The download carries the name the page shows (COS's response-content-disposition on the signed URL).
    const download = await fetch(reply.data.url);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="________-____.xlsx"; filename*=UTF-8''${encodeURIComponent('学雷锋日义务维修-签到记录.xlsx')}`,
    );

    const [header, first, second] = await readSheet(reply.data.url);
    expect(header).toEqual(['姓名', '学号/工号', '组织', '报名时间', '签到时间', '签到方式', '签退时间', '结束方式', '计入时长（小时）']);
    const shanghai = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(first).toEqual([
      '赵一',
      '20******01',
      expect.any(String),
      expect.any(String),
      shanghai(activity.startAt),
      '扫码签到',
      shanghai(new Date(activity.startAt.getTime() + 150 * 60_000)),
      '扫码签退',
      2.5,
    ]);
    expect(first[2]).not.toBe('');
    expect(second.slice(0, 2)).toEqual(['钱二', '20******02']);
    expect(second[5]).toBe('未签到');

    expect(await records('dev-student', 'exportAttendance', { activityId: activity._id })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('pages an attendance export over more than 1,000 records; bad input is INVALID_INPUT', async () => {
    const activity = await putActivity({ title: '国庆假期志愿服务', startedMinutesAgo: 300, hours: 3 });
    const openids = Array.from({ length: 1100 }, (_, i) => `o-exp-many-${String(i).padStart(4, '0')}`);
    for (let i = 0; i < openids.length; i += 100) {
      await Promise.all(openids.slice(i, i + 100).map((openid) => putAttendance(activity, openid, { checkedInAt: activity.startAt })));
    }
    const started = Date.now();
    const reply = await records('dev-leader', 'exportAttendance', { activityId: activity._id });
    console.log(`exportAttendance: ${reply.data?.rows} rows in ${Date.now() - started} ms`);
    expect(reply).toMatchObject({ ok: true, data: { rows: 1100 } });
    const rows = await readSheet(reply.data.url);
    expect(rows).toHaveLength(1101);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(1100);

    expect(await records('dev-leader', 'exportAttendance', { activityId: { $gt: '' } })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await records('dev-admin', 'exportTermHours', { termId: 'term_x' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it("exports a term's hours per member from more than 1,000 ledger entries, only those verified inside the term", async () => {
    const term = await records('dev-admin', 'saveTerm', { name: '2031春季学期', startDay: '2031-02-20', endDay: '2031-07-10' });
    expect(term.ok).toBe(true);
    const members = Array.from({ length: 30 }, (_, i) => `o-term-${String(i).padStart(2, '0')}`);
    for (const [i, openid] of members.entries()) await putNumberedMember(openid, `2031${String(i).padStart(6, '0')}`, `学生${i}`);
    // 30 members × 40 entries = 1,200 inside the term (activity and service alternating, 30 min each),
    // plus entries a second outside each end (Shanghai days: 02-20 00:00 and 07-11 00:00 are +08:00).
    const entries: Record<string, unknown>[] = [];
    const inside = Date.parse('2031-02-19T16:00:00Z');
    for (const [m, openid] of members.entries()) {
      for (let i = 0; i < 40; i += 1) {
        entries.push({
          _id: `${i % 2 ? 'booking' : 'activity'}:term-src-${m}-${i}:${openid}`,
          openid,
          source: { kind: i % 2 ? 'booking' : 'activity', id: `term-src-${m}-${i}` },
          minutes: 30,
          verifiedBy: 'dev-leader',
          verifiedAt: new Date(inside + (m * 40 + i) * 3_600_000),
          teamId: null,
          title: '服务',
        });
      }
    }
    entries.push(
      {
        _id: 'activity:term-before:o-term-00',
        openid: 'o-term-00',
        source: { kind: 'activity', id: 'term-before' },
        minutes: 600,
        verifiedBy: 'x',
        verifiedAt: new Date(inside - 1000),
        teamId: null,
        title: '前',
      },
      {
        _id: 'activity:term-after:o-term-00',
        openid: 'o-term-00',
        source: { kind: 'activity', id: 'term-after' },
        minutes: 600,
        verifiedBy: 'x',
        verifiedAt: new Date(Date.parse('2031-07-10T16:00:00Z')),
        teamId: null,
        title: '后',
      },
    );
    for (let i = 0; i < entries.length; i += 100)
      await Promise.all(entries.slice(i, i + 100).map((entry) => db().collection('hours_ledger').add(entry)));

    const started = Date.now();
    const reply = await records('dev-admin', 'exportTermHours', { termId: term.data.term.termId });
    console.log(`exportTermHours: ${entries.length} ledger entries → ${reply.data?.rows} rows in ${Date.now() - started} ms`);
    expect(reply).toMatchObject({ ok: true, data: { rows: 30, fileName: '2031春季学期-志愿时长.xlsx' } });

    const [header, ...rows] = await readSheet(reply.data.url);
    expect(header).toEqual(['学号/工号', '姓名', '组织', '活动时长', '服务时长', '合计（小时）', '条目数']);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual(['2031000000', '学生0', expect.any(String), 10, 10, 20, 40]);
    for (const row of rows) expect(row.slice(3)).toEqual([10, 10, 20, 40]);

    expect(await records('dev-leader', 'exportTermHours', { termId: term.data.term.termId })).toMatchObject({ code: 'FORBIDDEN' });
  });
});
