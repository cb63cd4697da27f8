import ExcelJS from 'exceljs';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { creditMinutes, putMember, SMALL_THRESHOLDS } from './honours-fixtures';
import { putActivity, putAttendance } from './records-fixtures';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const DAY = 24 * 60 * 60 * 1000;

/** Issue 17: term nomination lists from the committee's rules, on verified hours only, exported for review. */
describe('honours: nomination lists (integration)', () => {
  let local: TestLocal;
  let honours: FunctionCall<'honours'>;
  let records: FunctionCall<'records'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    honours = functionClient(local, 'honours');
    records = functionClient(local, 'records');
  });
  afterAll(() => local?.dispose());

  it('lists members meeting hours, activities and no unexcused no-show; exports the same list as .xlsx', async () => {
    // A term around today, so the fixtures' recent activities fall in it.
    const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
    const term = await records(ADMIN, 'saveTerm', { name: '2099评优学期', startDay: day(-60), endDay: day(30) });
    expect(term.ok).toBe(true);
    const saved = await honours(ADMIN, 'saveSettings', {
      ...SMALL_THRESHOLDS,
      nominationRules: [{ title: '优秀志愿者', minHours: 2, minActivities: 2, noUnexcusedNoShow: true }],
    });
    expect(saved.ok).toBe(true);
    const rule = saved.data.settings.nominationRules[0];
    expect(rule.ruleId).toMatch(/^nr_[a-z0-9]{8}$/);

    const inTerm = new Date(Date.now() - 10 * DAY);
    await putMember('n-good', '甲优秀', '2024000001');
    await creditMinutes('n-good', 80, inTerm);
    await creditMinutes('n-good', 70, inTerm);
    // Long before the term: not counted towards it.
    await putMember('n-old', '乙往期', '2024000002');
    await creditMinutes('n-old', 60, inTerm);
    await creditMinutes('n-old', 600, new Date(Date.now() - 400 * DAY));
    // Enough hours and activities, but a sign-up never attended (nor cancelled).
    await putMember('n-absent', '丙缺席', '2024000003');
    await creditMinutes('n-absent', 80, inTerm);
    await creditMinutes('n-absent', 80, inTerm);
    await putAttendance(await putActivity({ startedMinutesAgo: 3 * 24 * 60 }), 'n-absent');
    // A cancelled sign-up is excused.
    await putMember('n-excused', '丁请假', '2024000004');
    await creditMinutes('n-excused', 80, inTerm);
    await creditMinutes('n-excused', 80, inTerm);
    await putAttendance(await putActivity({ startedMinutesAgo: 3 * 24 * 60 }), 'n-excused', { status: 'cancelled' } as never);
    // Hours from one service booking and one activity: one activity only.
    await putMember('n-service', '戊服务', '2024000005');
    await creditMinutes('n-service', 200, inTerm, 'booking');
    await creditMinutes('n-service', 30, inTerm);
    // Enough only with an entry that was reversed.
    await putMember('n-reversed', '己撤销', '2024000006');
    await creditMinutes('n-reversed', 60, inTerm);
    const wrong = await creditMinutes('n-reversed', 90, inTerm);
    expect(await records(ADMIN, 'reverseHours', { entryId: wrong, reason: '登记错误' })).toMatchObject({ ok: true });

    const list = await honours(ADMIN, 'nominations', { termId: term.data.term.termId, ruleId: rule.ruleId });
    expect(list).toMatchObject({ ok: true, data: { rule: { title: '优秀志愿者' } } });
    expect(list.data.nominees.map((nominee) => [nominee.name, nominee.minutes, nominee.activities, nominee.noShows])).toEqual([
      ['丁请假', 160, 2, 0],
      ['甲优秀', 150, 2, 0],
    ]);
    expect(list.data.nominees[0].memberNo).toBe('2024000004');
    expect(await honours('dev-leader', 'nominations', { termId: term.data.term.termId, ruleId: rule.ruleId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await honours(ADMIN, 'nominations', { termId: term.data.term.termId, ruleId: 'nr_00000000' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });

    const exported = await honours(ADMIN, 'exportNominations', { termId: term.data.term.termId, ruleId: rule.ruleId });
    expect(exported).toMatchObject({ ok: true, data: { rows: 2, fileName: '2099评优学期-优秀志愿者-推荐名单.xlsx' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await fetch(exported.data.url)).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(2).values).toEqual([undefined, 1, '2024000004', '丁请假', '汽修2301班', 2.67, 2, 0]);
    expect(sheet.getRow(3).getCell(3).value).toBe('甲优秀');
    expect(String(sheet.getRow(5).getCell(2).value)).toContain('无无故缺席');
  });
});
