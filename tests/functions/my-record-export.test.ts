import ExcelJS from 'exceljs';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { creditEntry, putStudent } from './certificates-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

const day = (text: string) => new Date(`${text}T10:00:00+08:00`);

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

/** Issue 18: 志愿服务记录 — a member downloads every verified, unreversed entry of theirs with totals by term, at any time. */
describe('records.exportMyRecord (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
    await putStudent('o-rec-a', '冯记录', '0023140001');
    await putStudent('o-rec-b', '陈别人', '2023140002');
    expect(await records('dev-admin', 'saveTerm', { name: '2030春季学期', startDay: '2030-02-20', endDay: '2030-07-10' })).toMatchObject({
      ok: true,
    });
    await creditEntry('o-rec-a', 90, day('2030-03-05'), '学雷锋日义务维修');
    await creditEntry('o-rec-a', 45, day('2030-05-04'), '五四青年节志愿服务');
    await creditEntry('o-rec-a', 120, day('2030-08-01'), '暑期社区支教');
    await creditEntry('o-rec-b', 600, day('2030-03-06'), '别人的时长');
  });
  afterAll(() => local?.dispose());

  it('lists the caller’s own entries oldest first with their term, totals per term, and the number as text', async () => {
    const reply = await records('o-rec-a', 'exportMyRecord', {});
    expect(reply).toMatchObject({ ok: true, data: { rows: 3, fileName: '冯记录-志愿服务记录.xlsx' } });
    const workbook = await workbookAt(reply.data.url);
    expect(rowsOf(workbook.getWorksheet('服务记录')!)).toEqual([
      ['认定日期', '服务内容', '来源', '时长（小时）', '学期'],
      ['2030-03-05', '学雷锋日义务维修', '活动', 1.5, '2030春季学期'],
      ['2030-05-04', '五四青年节志愿服务', '活动', 0.75, '2030春季学期'],
      ['2030-08-01', '暑期社区支教', '活动', 2, '（不在任何学期内）'],
    ]);
    expect(rowsOf(workbook.getWorksheet('学期合计')!)).toEqual([
      ['学期', '条目数', '时长（小时）'],
      ['2030春季学期', 2, 2.25],
      ['（不在任何学期内）', 1, 2],
      ['合计', 3, 4.25],
    ]);
    // A number with a leading zero survives: written as text, never as a number.
    const member = workbook.getWorksheet('成员')!;
    expect(member.getCell('A2').value).toBe('冯记录');
    expect(member.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(member.getCell('B2').value).toBe('0023140001');
    // Nobody else's hours are in it, and no param can ask for someone else's.
    expect(JSON.stringify(rowsOf(workbook.getWorksheet('服务记录')!))).not.toContain('别人的时长');
    expect(await records('o-rec-b', 'exportMyRecord', { openid: 'o-rec-a' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('leaves out a reversed entry', async () => {
    const { data } = await db().collection('hours_ledger').where({ openid: 'o-rec-a', title: '暑期社区支教' }).get();
    expect(await records('dev-admin', 'reverseHours', { entryId: (data[0] as { _id: string })._id, reason: '重复登记' })).toMatchObject({
      ok: true,
    });
    const reply = await records('o-rec-a', 'exportMyRecord', {});
    expect(reply.data.rows).toBe(2);
    const totals = rowsOf((await workbookAt(reply.data.url)).getWorksheet('学期合计')!);
    expect(totals.at(-1)).toEqual(['合计', 2, 2.25]);
  });

  it('gives a member with no hours a file with the headings and a zero total', async () => {
    await putStudent('o-rec-none', '褚新人', '2023140003');
    const reply = await records('o-rec-none', 'exportMyRecord', {});
    expect(reply).toMatchObject({ ok: true, data: { rows: 0 } });
    expect(rowsOf((await workbookAt(reply.data.url)).getWorksheet('学期合计')!)).toEqual([
      ['学期', '条目数', '时长（小时）'],
      ['合计', 0, 0],
    ]);
  });
});
