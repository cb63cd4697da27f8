import ExcelJS from 'exceljs';
import { EXPORT_PRESETS } from '@core/platform-export';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { creditEntry, putStudent } from './certificates-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

const day = (text: string) => new Date(`${text}T10:00:00+08:00`);
/** A 居民身份证 number with a correct check character (GB 11643), and the same with a wrong one. */
const GOOD_ID = '11010519491231002X';
const BAD_ID = '110105194912310021';

const COLUMNS = [
  { header: '志愿者编号', field: 'volunteerNo' },
  { header: '姓名', field: 'name' },
  { header: '证件类型', field: 'idType' },
  { header: '证件号码', field: 'idNumber' },
  { header: '学号', field: 'memberNo' },
  { header: '手机', field: 'phone' },
  { header: '服务项目', field: 'activity' },
  { header: '服务日期', field: 'serviceDate' },
  { header: '时长', field: 'hours' },
  { header: '组织单位', fixed: '星火学院团委' },
] as const;

/** Issue 18: the national-platform export — member identity, layouts, the validation preview, the .xlsx read back. */
describe('national-platform export (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;
  let users: FunctionCall<'users'>;
  let termId: string;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
    users = functionClient(local, 'users');
    await putStudent('o-px-a', '韩编号', '0023160001');
    await putStudent('o-px-b', '杨无号', '2023160002');
    await putStudent('o-px-c', '朱旧证', '2023160003');
    await db().collection('users').doc('o-px-a').update({ phone: '13800001111' });
    // Written before the checksum rule (an old import): the preview must still catch it.
    await db().collection('users').doc('o-px-c').update({ volunteerNo: 'ZY0003', idType: 'resident', idNumber: BAD_ID });
    termId = (await records('dev-admin', 'saveTerm', { name: '2034春季学期', startDay: '2034-02-20', endDay: '2034-07-10' })).data.term
      .termId;
    await creditEntry('o-px-a', 90, day('2034-03-05'), '学雷锋日义务维修');
    await creditEntry('o-px-b', 45, day('2034-04-04'), '清明祭扫');
    await creditEntry('o-px-c', 0, day('2034-05-04'), '五四青年节');
    await creditEntry('o-px-a', 600, day('2034-08-01'), '暑期（不在学期内）');
  });
  afterAll(() => local?.dispose());

  it('an admin sets, changes and clears the 志愿者编号 and ID; a bad checksum is refused; only admins see it, masked in lists', async () => {
    expect(
      await users('dev-admin', 'setMemberIdentity', { openid: 'o-px-a', volunteerNo: 'ZY1', idType: null, idNumber: null }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(
      await users('dev-admin', 'setMemberIdentity', { openid: 'o-px-a', volunteerNo: '00451234', idType: 'resident', idNumber: BAD_ID }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('校验位') });
    expect(
      await users('dev-admin', 'setMemberIdentity', { openid: 'o-px-a', volunteerNo: '00451234', idType: 'resident', idNumber: null }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const set = await users('dev-admin', 'setMemberIdentity', {
      openid: 'o-px-a',
      volunteerNo: '00451234',
      idType: 'resident',
      idNumber: GOOD_ID.toLowerCase(),
    });
    expect(set).toMatchObject({
      ok: true,
      data: { member: { identity: { volunteerNo: '00451234', idType: 'resident', idNumber: GOOD_ID } } },
    });
    expect(await users('dev-admin', 'getMember', { openid: 'o-px-a' })).toMatchObject({
      data: { member: { identity: { idNumber: GOOD_ID } } },
    });
    const listed = await users('dev-admin', 'listMembers', { query: '0023160001', limit: 5 });
    expect(listed.data.items[0].identity).toEqual({ volunteerNo: '00451234', idType: 'resident', idNumber: '1101**********002X' });
    expect((await users('dev-leader', 'getMember', { openid: 'o-px-a' })).data.member.identity).toBeNull();
    expect(
      await users('dev-leader', 'setMemberIdentity', { openid: 'o-px-a', volunteerNo: null, idType: null, idNumber: null }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    // Cleared, then set again for the export below.
    const cleared = await users('dev-admin', 'setMemberIdentity', { openid: 'o-px-b', volunteerNo: null, idType: null, idNumber: null });
    expect(cleared.data.member.identity).toEqual({ volunteerNo: null, idType: null, idNumber: null });
  });

  it('keeps the committee’s layouts: create from a preset, edit, remove; admins only', async () => {
    const { data } = await records('dev-admin', 'exportLayouts', {});
    expect(data.presets.map((preset) => preset.name)).toEqual(['志愿汇', '中国志愿服务网']);
    const preset = EXPORT_PRESETS[1];
    const created = await records('dev-admin', 'saveExportLayout', { name: preset.name, columns: preset.columns });
    expect(created).toMatchObject({ ok: true, data: { layout: { name: '中国志愿服务网', layoutId: expect.stringMatching(/^xl_/) } } });
    const { layoutId } = created.data.layout;
    const edited = await records('dev-admin', 'saveExportLayout', { layoutId, name: '中国志愿服务网（本院）', columns: [...COLUMNS] });
    expect(edited.data.layout.columns).toHaveLength(COLUMNS.length);
    const listed = (await records('dev-admin', 'exportLayouts', {})).data.layouts.find((layout) => layout.layoutId === layoutId)!;
    expect(listed).toMatchObject({ name: '中国志愿服务网（本院）', columns: [...COLUMNS] });
    expect(await records('dev-student', 'exportLayouts', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records('dev-admin', 'saveExportLayout', { name: '空版式', columns: [] })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await records('dev-admin', 'removeExportLayout', { layoutId })).toMatchObject({ ok: true });
    expect(await records('dev-admin', 'removeExportLayout', { layoutId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('previews the term’s first rows and every problem before exporting', async () => {
    const preview = await records('dev-admin', 'previewPlatformExport', { columns: [...COLUMNS], range: { termId } });
    expect(preview).toMatchObject({ ok: true, data: { totalRows: 3, problemCount: 3 } });
    expect(preview.data.headers).toEqual(COLUMNS.map((column) => column.header));
    expect(preview.data.rows[0]).toEqual([
      '00451234',
      '韩编号',
      '居民身份证',
      GOOD_ID,
      '0023160001',
      '13800001111',
      '学雷锋日义务维修',
      '2034-03-05',
      '1.5',
      '星火学院团委',
    ]);
    expect(preview.data.problems).toEqual(
      expect.arrayContaining([
        { kind: 'noVolunteerNo', name: '杨无号', activity: '' },
        { kind: 'badIdNumber', name: '朱旧证', activity: '' },
        { kind: 'zeroHours', name: '朱旧证', activity: '五四青年节' },
      ]),
    );
    // A layout without the ID columns does not complain about IDs; a date range picks its own rows.
    const narrow = await records('dev-admin', 'previewPlatformExport', {
      columns: [{ header: '姓名', field: 'name' }],
      range: { fromDay: '2034-03-01', toDay: '2034-08-01' },
    });
    expect(narrow.data).toMatchObject({ totalRows: 4, problems: [{ kind: 'zeroHours' }] });
    expect(await records('dev-leader', 'previewPlatformExport', { columns: [...COLUMNS], range: { termId } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('takes the 志愿者编号 from the imported roster when the member has none of their own', async () => {
    await putStudent('o-px-d', '许名册', '2023160004');
    await db().collection('roster_entries').add({
      _id: '2023160004',
      memberNo: '2023160004',
      name: '许名册',
      kind: 'student',
      orgUnitId: 'ou-class-qx2301',
      volunteerNo: '0099887766',
      importedAt: new Date(),
      importedBy: 'dev-admin',
    });
    await creditEntry('o-px-d', 30, day('2034-09-10'), '敬老院探访');
    const preview = await records('dev-admin', 'previewPlatformExport', {
      columns: [
        { header: '姓名', field: 'name' },
        { header: '志愿者编号', field: 'volunteerNo' },
      ],
      range: { fromDay: '2034-09-10', toDay: '2034-09-10' },
    });
    expect(preview.data).toMatchObject({ totalRows: 1, rows: [['许名册', '0099887766']], problemCount: 0 });
  });

  it('exports the .xlsx with numbers and IDs as text cells and hours as numbers, matching the ledger', async () => {
    const reply = await records('dev-admin', 'exportPlatformHours', { name: '中国志愿服务网', columns: [...COLUMNS], range: { termId } });
    expect(reply).toMatchObject({ ok: true, data: { rows: 3, fileName: '中国志愿服务网-2034春季学期.xlsx' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await fetch(reply.data.url)).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS.map((column) => column.header)]);
    const first = sheet.getRow(2);
    for (const [column, value] of [
      [1, '00451234'],
      [4, GOOD_ID],
      [5, '0023160001'],
      [6, '13800001111'],
      [8, '2034-03-05'],
    ] as const) {
      expect(first.getCell(column).type).toBe(ExcelJS.ValueType.String);
      expect(first.getCell(column).value).toBe(value);
    }
    expect(first.getCell(9).type).toBe(ExcelJS.ValueType.Number);
    const hours: number[] = [];
    sheet.eachRow((row, index) => index > 1 && hours.push(Number(row.getCell(9).value)));
    expect(hours).toEqual([1.5, 0.75, 0]);
    expect(sheet.getRow(3).getCell(2).value).toBe('杨无号');
    expect(sheet.getRow(4).getCell(10).value).toBe('星火学院团委');
    expect(await records('dev-student', 'exportPlatformHours', { name: 'x', columns: [...COLUMNS], range: { termId } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
