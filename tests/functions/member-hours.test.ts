import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { creditEntry, putStudent } from './certificates-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

const day = (text: string) => new Date(`${text}T10:00:00+08:00`);

/** Issue 18: an admin reviews one member's verified entries on 成员详情 and reverses one there. */
describe('records.memberHours (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
    await putStudent('o-mh-a', '卫审阅', '2023150001');
    await putStudent('o-mh-b', '蒋旁人', '2023150002');
    await creditEntry('o-mh-a', 60, day('2031-03-05'), '学雷锋日义务维修');
    await creditEntry('o-mh-a', 30, day('2031-04-04'), '清明祭扫');
    await creditEntry('o-mh-b', 600, day('2031-03-06'), '别人的时长');
  });
  afterAll(() => local?.dispose());

  it('lists the member’s own entries newest first with the total; a reversed one leaves the list', async () => {
    const listed = await records('dev-admin', 'memberHours', { openid: 'o-mh-a' });
    expect(listed).toMatchObject({ ok: true, data: { totalMinutes: 90 } });
    expect(listed.data.entries.map((entry) => [entry.title, entry.minutes])).toEqual([
      ['清明祭扫', 30],
      ['学雷锋日义务维修', 60],
    ]);
    const [latest] = listed.data.entries;
    expect(await records('dev-admin', 'reverseHours', { entryId: latest.entryId, reason: '活动未实际开展' })).toMatchObject({
      ok: true,
      data: { entryId: latest.entryId, outOfDateCertificates: [] },
    });
    const after = await records('dev-admin', 'memberHours', { openid: 'o-mh-a' });
    expect(after.data).toMatchObject({ totalMinutes: 60, entries: [{ title: '学雷锋日义务维修' }] });
    expect(await records('dev-admin', 'reverseHours', { entryId: latest.entryId, reason: '活动未实际开展' })).toMatchObject({
      ok: false,
      code: 'HOURS_ALREADY_REVERSED',
    });
  });

  it('reverses a service-booking entry too (its source id is `${slotId}:${openid}`)', async () => {
    await creditHours({ kind: 'booking', id: 'slot_mh0000000001:o-mh-teacher' }, [{ openid: 'o-mh-b', minutes: 37 }], {
      verifiedBy: 'dev-leader',
      verifiedAt: day('2031-05-01'),
      teamId: 'team-car-care',
      title: '洗车',
    });
    const listed = await records('dev-admin', 'memberHours', { openid: 'o-mh-b' });
    const washing = listed.data.entries.find((entry) => entry.title === '洗车')!;
    expect(washing.entryId).toBe('booking:slot_mh0000000001:o-mh-teacher:o-mh-b');
    expect(await records('dev-admin', 'reverseHours', { entryId: washing.entryId, reason: '车主未到场' })).toMatchObject({ ok: true });
    expect((await records('dev-admin', 'memberHours', { openid: 'o-mh-b' })).data.totalMinutes).toBe(600);
  });

  it('is for admins only, and a member with no hours has an empty list', async () => {
    expect(await records('o-mh-b', 'memberHours', { openid: 'o-mh-a' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records('dev-leader', 'memberHours', { openid: 'o-mh-a' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records('dev-admin', 'memberHours', { openid: 'o-mh-nobody' })).toMatchObject({
      ok: true,
      data: { totalMinutes: 0, entries: [] },
    });
  });
});
