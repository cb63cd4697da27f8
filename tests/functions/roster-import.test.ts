import { main as roster } from '../../cloudfunctions/roster';
import { main as users } from '../../cloudfunctions/users';
import { ROSTER_MAX_ROWS } from '@core/roster';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { invokerOf, JPEG } from './invoke-function';
import { generatedRoster, rosterXlsx, uploadRoster } from './roster-fixtures';
import { studentApplication } from './users-fixtures';
import { startWireCounter, type WireCounter } from './wire-counter';

jest.setTimeout(120_000);

const ADMIN = 'dev-admin';

/** The roster import: preview problems in Chinese, an idempotent apply, approval at bind time. */
describe('roster import (integration)', () => {
  let local: TestLocal;
  let counter: WireCounter;
  const call = { roster: invokerOf('roster', roster), users: invokerOf('users', users) };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    // From here on every function this process calls talks to the emulator through the counter.
    counter = await startWireCounter();
  });
  afterAll(async () => {
    await counter?.close();
    await local?.dispose();
  });

  const upload = async (rows: (string | number)[][], headers?: string[]) => uploadRoster(ADMIN, await rosterXlsx(rows, headers));
  const rosterEntry = async (memberNo: string) => ((await db().collection('roster_entries').doc(memberNo).get()).data as any[])[0];

  it('lists every row problem in Chinese with its row number, and unknown units, without writing entries', async () => {
    const fileId = await upload([
      ['2026100001', '赵一', '学生', '汽修2301班'],
      ['', '钱二', '学生', '汽修2301班'],
      ['2026100003', '', '学生', '汽修2301班'],
      ['2026100004', '孙四', '校友', '汽修2301班'],
      ['2026100001', '李五', '学生', '汽修2301班'],
      ['2026100006', '周六', '学生', '不存在的班'],
      ['2026100007', '吴七', '学生', '汽车专业群团支部'],
      ['2026100008', '郑八', '教师', '汽车专业群团支部'],
      [2026100009, '王 九', '学生', '汽修2301班'],
    ]);
    const reply = await call.roster(ADMIN, { action: 'preview', fileId });
    expect(reply.ok).toBe(true);
    expect(reply.data).toMatchObject({ rows: 9, created: 3, updated: 0, unchanged: 0, problemCount: 6, unknownUnits: ['不存在的班'] });
    expect(reply.data.problems).toEqual([
      { row: 3, memberNo: '', message: '缺少学号/工号' },
      { row: 4, memberNo: '2026100003', message: '缺少姓名' },
      { row: 5, memberNo: '2026100004', message: '类别「校友」应为「学生」或「教师」' },
      { row: 6, memberNo: '2026100001', message: '学号/工号与第 2 行重复' },
      { row: 7, memberNo: '2026100006', message: '组织「不存在的班」不存在，请先在「组织架构」中添加' },
      { row: 8, memberNo: '2026100007', message: '学生应填写所在班级，「汽车专业群团支部」不是班级' },
    ]);
    expect(await rosterEntry('2026100001')).toBeUndefined();
    // Unknown units are listed, never created.
    expect((await db().collection('org_units').where({ name: '不存在的班' }).get()).data).toHaveLength(0);
  });

  it('refuses a file that is not an xlsx, a sheet without the headers and too many rows', async () => {
    const jpeg = await uploadRoster(ADMIN, JPEG, 'xlsx');
    expect(await call.roster(ADMIN, { action: 'preview', fileId: jpeg })).toMatchObject({ ok: false, code: 'FILE_NOT_XLSX' });
    const zip = await uploadRoster(ADMIN, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    expect(await call.roster(ADMIN, { action: 'preview', fileId: zip })).toMatchObject({ ok: false, code: 'ROSTER_UNREADABLE' });
    const headless = await upload([['2026100001', '赵一']], ['编号', '名字']);
    const noHeaders = await call.roster(ADMIN, { action: 'preview', fileId: headless });
    expect(noHeaders).toMatchObject({ ok: false, code: 'ROSTER_UNREADABLE' });
    expect(noHeaders.message).toContain('学号/工号');
    const huge = await upload(generatedRoster(ROSTER_MAX_ROWS + 1, 2027000000));
    expect(await call.roster(ADMIN, { action: 'apply', fileId: huge })).toMatchObject({ ok: false, code: 'ROSTER_TOO_LARGE' });
    expect(await rosterEntry('2027000000')).toBeUndefined();
  });

  it('applies only what differs: a second import of the same file writes nothing; an edited row is updated', async () => {
    const rows = generatedRoster(300, 2026200000);
    const fileId = await upload(rows);
    const first = await counter.trafficOf(() => call.roster(ADMIN, { action: 'apply', fileId }));
    expect(first.reply.data).toMatchObject({ rows: 300, created: 300, updated: 0, unchanged: 0, problemCount: 0 });
    expect(first.roundTrips).toBeLessThan(15);
    expect(await rosterEntry('2026200007')).toMatchObject({ name: '学生7', kind: 'student', orgUnitId: 'ou-class-qx2301' });

    const again = await counter.trafficOf(() => call.roster(ADMIN, { action: 'apply', fileId }));
    expect(again.reply.data).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
    expect(again.writes).toBe(0);
    const reupload = await counter.trafficOf(async () => call.roster(ADMIN, { action: 'apply', fileId: await upload(rows) }));
    expect(reupload.reply.data).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
    // Only the new upload's claim record.
    expect(reupload.writes).toBe(1);

    const edited = rows.map((row, i) => (i === 5 ? [row[0], '改名', '学生', '计应2302班'] : row));
    const third = await call.roster(ADMIN, { action: 'apply', fileId: await upload(edited) });
    expect(third.data).toMatchObject({ created: 0, updated: 1, unchanged: 299 });
    expect(await rosterEntry('2026200005')).toMatchObject({ name: '改名', orgUnitId: 'ou-class-jy2302' });

    const audit = (await db().collection('admin_audit').where({ kind: 'roster.import' }).get()).data as any[];
    expect(audit.map((entry) => entry.after)).toEqual(
      expect.arrayContaining([
        { rows: expect.any(Number), created: 300, updated: 0, unchanged: 0 },
        { rows: expect.any(Number), created: 0, updated: 1, unchanged: 299 },
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it('two concurrent applies of one file leave one entry per number', async () => {
    const fileId = await upload(generatedRoster(400, 2026300000));
    const replies = await Promise.all([call.roster(ADMIN, { action: 'apply', fileId }), call.roster(ADMIN, { action: 'apply', fileId })]);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(replies.reduce((sum, reply) => sum + reply.data.created, 0)).toBe(400);
    const stored = await db()
      .collection('roster_entries')
      .where({ _id: db().command.gte('2026300000').and(db().command.lt('2026300400')) })
      .count();
    expect(stored.total).toBe(400);
  });

  it('approves at once a binding whose number and name are on the roster; another name goes to review with a note', async () => {
    const fileId = await upload([
      ['2026400001', '陈 小明', '学生', '计应2302班'],
      ['2026400002', '林小红', '学生', '汽修2301班'],
    ]);
    expect((await call.roster(ADMIN, { action: 'apply', fileId })).data).toMatchObject({ created: 2 });

    const matched = await call.users('o-roster-match', {
      action: 'applyMembership',
      ...studentApplication('2026400001', { name: '陈小明' }),
    });
    expect(matched.data.application).toMatchObject({
      status: 'approved',
      orgUnitId: 'ou-class-jy2302',
      rosterNote: '名册一致，已自动通过',
    });
    expect((await call.users('o-roster-match', { action: 'whoami' })).data).toMatchObject({
      membershipStatus: 'approved',
      roles: ['student'],
    });
    const audit = (await db().collection('admin_audit').where({ kind: 'membership.review', 'target.id': 'o-roster-match' }).get())
      .data as any[];
    expect(audit).toEqual([expect.objectContaining({ reason: expect.stringContaining('名册'), after: { status: '已通过' } })]);

    const mismatch = await call.users('o-roster-mismatch', {
      action: 'applyMembership',
      ...studentApplication('2026400002', { name: '林小蓝' }),
    });
    expect(mismatch.data.application).toMatchObject({ status: 'pending', rosterNote: '名册姓名不一致' });
    const queue = await call.users(ADMIN, { action: 'listApplications' });
    expect(queue.data.items.find((item) => item.memberNo === '2026400002')).toMatchObject({ rosterNote: '名册姓名不一致' });

    const absent = await call.users('o-roster-absent', { action: 'applyMembership', ...studentApplication('2026400003') });
    expect(absent.data.application).toMatchObject({ status: 'pending', rosterNote: null });
  });

  it('refuses non-admins: the actions and the roster upload purpose', async () => {
    const fileId = await uploadRoster('dev-student', await rosterXlsx(generatedRoster(2, 2026500000)));
    expect(await call.roster('dev-student', { action: 'template' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    for (const action of ['preview', 'apply'] as const) {
      expect(await call.roster('dev-student', { action, fileId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    const files = await import('../../cloudfunctions/files');
    const claim = await invokerOf('files', files.main)('dev-student', { action: 'claim', fileId, purpose: 'roster-xlsx' });
    expect(claim).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('answers a template with the headers the import reads and the units that exist', async () => {
    const reply = await call.roster(ADMIN, { action: 'template' });
    expect(reply).toMatchObject({ ok: true, data: { fileName: '成员名册模板.xlsx' } });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(reply.data.url)).arrayBuffer()) as ArrayBuffer);
    expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([
      '学号/工号',
      '姓名',
      '类别',
      '班级/支部',
      '志愿者编号',
    ]);
    const units: unknown[] = [];
    workbook.getWorksheet('组织')?.eachRow((row) => units.push((row.values as unknown[])[1]));
    expect(units).toContain('汽修2301班');
  });

  it('reads the optional 志愿者编号 column: kept on the entry, a malformed one is a row problem', async () => {
    const headers = ['学号/工号', '姓名', '类别', '班级/支部', '志愿者编号'];
    const fileId = await upload(
      [
        ['2029880001', '钱编号', '学生', '汽修2301班', '0012345678'],
        ['2029880002', '孙无号', '学生', '汽修2301班', ''],
        ['2029880003', '李错号', '学生', '汽修2301班', '编号'],
      ],
      headers,
    );
    const reply = await call.roster(ADMIN, { action: 'apply', fileId });
    expect(reply.data).toMatchObject({
      created: 2,
      problemCount: 1,
      problems: [{ row: 4, message: expect.stringContaining('志愿者编号') }],
    });
    expect(await rosterEntry('2029880001')).toMatchObject({ name: '钱编号', volunteerNo: '0012345678' });
    expect(await rosterEntry('2029880002')).toMatchObject({ volunteerNo: null });
  });
});
