import { parseCertificateNumber } from '@core/certificate';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { creditEntry, ISSUER, putStudent } from './certificates-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { putActivity, putAttendance } from './records-fixtures';

jest.setTimeout(120_000);

const STUDENT = 'o-reissue-a';
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000).toISOString();

/** Issue 18: an approved correction that changes the hours a valid certificate states warns, and the committee revokes and re-issues it. */
describe('certificates: out of date after a correction, revoked and re-issued (through the host)', () => {
  let local: TestLocal;
  let certificates: FunctionCall<'certificates'>;
  let records: FunctionCall<'records'>;
  let everything: string;
  let lastYear: string;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    certificates = functionClient(local, 'certificates');
    records = functionClient(local, 'records');
    expect((await certificates('dev-admin', 'saveIssuer', ISSUER)).ok).toBe(true);
    await putStudent(STUDENT, '钱更正', '2023130001');
    await creditEntry(STUDENT, 60, new Date('2025-10-12T10:00:00+08:00'), '重阳敬老');
    const issue = async (period: Record<string, unknown>) => {
      const applied = await certificates(STUDENT, 'apply', { period });
      const issued = await certificates('dev-admin', 'issue', { applicationId: applied.data.application.applicationId });
      expect(issued.ok).toBe(true);
      return issued.data.certificate.certificateNo;
    };
    everything = await issue({ kind: 'all' });
    lastYear = await issue({ kind: 'year', year: 2025 });
  });
  afterAll(() => local?.dispose());

  /** The member's auto-closed attendance, corrected to 2 h and approved by the activity's leader: the hours enter the ledger today. */
  const approveCorrection = async (title: string) => {
    const activity = await putActivity({ title, startedMinutesAgo: 300, hours: 3 });
    await putAttendance(activity, STUDENT, { checkedInAt: activity.startAt, closedBy: 'auto', minutes: 0, name: '钱更正' });
    const requested = await records(STUDENT, 'requestCorrection', {
      activityId: activity._id,
      checkedOutAt: at(activity.startAt, 120),
      reason: '忘记扫签退码',
    });
    return records('dev-leader', 'decideCorrection', { correctionId: requested.data.correction.correctionId, approve: true });
  };

  it('an approval names the certificates it left stating other hours; rejections and untouched periods name none', async () => {
    const approved = await approveCorrection('冬至包饺子');
    expect(approved).toMatchObject({ ok: true, data: { correction: { status: 'approved', minutes: 120 } } });
    // The 2025 certificate's period gained nothing (the hours were verified today); 全部服务记录 did.
    expect(approved.data.outOfDateCertificates).toEqual([
      { certificateNo: everything, periodLabel: '全部服务记录', certifiedMinutes: 60, currentMinutes: 180 },
    ]);

    const activity = await putActivity({ title: '驳回的补录', startedMinutesAgo: 300, hours: 3 });
    await putAttendance(activity, STUDENT, { checkedInAt: activity.startAt, closedBy: 'auto', minutes: 0, name: '钱更正' });
    const requested = await records(STUDENT, 'requestCorrection', {
      activityId: activity._id,
      checkedOutAt: at(activity.startAt, 60),
      reason: '忘记扫签退码',
    });
    const rejected = await records('dev-leader', 'decideCorrection', {
      correctionId: requested.data.correction.correctionId,
      approve: false,
      reason: '未见到本人',
    });
    expect(rejected).toMatchObject({ ok: true, data: { outOfDateCertificates: [] } });
  });

  it('only admins re-issue; the old number verifies revoked with the reason, the new one states the corrected entries', async () => {
    for (const who of ['dev-leader', STUDENT, 'dev-student'])
      expect(await certificates(who, 'reissue', { certificateNo: everything, reason: '时长更正' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    const reissued = await certificates('dev-admin', 'reissue', { certificateNo: everything, reason: '补录通过后时长更正' });
    expect(reissued).toMatchObject({
      ok: true,
      data: {
        revoked: { certificateNo: everything, status: 'revoked', revokedReason: '补录通过后时长更正' },
        certificate: { status: 'valid', name: '钱更正', facts: { period: { kind: 'all', label: '全部服务记录' }, totalMinutes: 180 } },
      },
    });
    const replacement = reissued.data.certificate.certificateNo;
    expect(replacement).not.toBe(everything);
    expect(reissued.data.certificate.facts.lines.map((line) => line.content)).toEqual(['重阳敬老', '冬至包饺子']);
    expect(await certificates('dev-student', 'verify', { certificateNo: everything })).toMatchObject({
      data: { status: 'revoked', revokedReason: '补录通过后时长更正' },
    });
    expect(await certificates('dev-student', 'verify', { certificateNo: replacement })).toMatchObject({ data: { status: 'valid' } });

    // A retry (a lost reply, a second admin) answers the same replacement, no third number.
    const again = await certificates('dev-admin', 'reissue', { certificateNo: everything, reason: '再次重新出具' });
    expect(again.data.certificate.certificateNo).toBe(replacement);
    const mine = await certificates(STUDENT, 'mine');
    expect(mine.data.certificates.map((one) => [one.certificateNo, one.status])).toEqual(
      expect.arrayContaining([
        [replacement, 'valid'],
        [everything, 'revoked'],
        [lastYear, 'valid'],
      ]),
    );
    expect(mine.data.certificates).toHaveLength(3);

    // Nothing is out of date any more: the next approval warns only if it changes a period again.
    const next = await approveCorrection('元旦义卖');
    expect(next.data.outOfDateCertificates.map((one) => one.certificateNo)).toEqual([replacement]);
  });

  it('two admins re-issuing one certificate at once make one replacement between them', async () => {
    const replies = await Promise.all(
      ['dev-admin', 'dev-admin', 'dev-admin'].map((who) => certificates(who, 'reissue', { certificateNo: lastYear, reason: '并发更正' })),
    );
    const numbers = new Set(replies.filter((reply) => reply.ok).map((reply) => reply.data.certificate.certificateNo));
    expect(replies.some((reply) => reply.ok)).toBe(true);
    for (const reply of replies) if (!reply.ok) expect(['APPLICATION_CLOSED', 'CONFLICT']).toContain(reply.code);
    expect(numbers.size).toBe(1);
    const [number] = [...numbers];
    expect(parseCertificateNumber(number)).toMatchObject({ orgCode: 'SFQC' });
    const mine = await certificates(STUDENT, 'mine');
    expect(
      mine.data.certificates
        .filter((one) => one.facts.period.kind === 'year')
        .map((one) => one.status)
        .sort(),
    ).toEqual(['revoked', 'valid']);
  });

  it('reversing hours names every valid certificate that listed them; one left with no hours is revoked, not re-issued', async () => {
    const { data } = await db().collection('hours_ledger').where({ openid: STUDENT, title: '重阳敬老' }).get();
    const entryId = (data[0] as { _id: string })._id;
    const valid = (await certificates(STUDENT, 'mine')).data.certificates.filter((one) => one.status === 'valid');
    const reversed = await records('dev-admin', 'reverseHours', { entryId, reason: '重复登记' });
    expect(reversed).toMatchObject({ ok: true });
    expect(reversed.data.outOfDateCertificates.map((one) => one.certificateNo).sort()).toEqual(
      valid.map((one) => one.certificateNo).sort(),
    );
    const year = reversed.data.outOfDateCertificates.find((one) => one.periodLabel === '2025年度')!;
    expect(year).toMatchObject({ certifiedMinutes: 60, currentMinutes: 0 });

    // Nothing left to certify in 2025: re-issue refuses before revoking anything; revoke is the way.
    expect(await certificates('dev-admin', 'reissue', { certificateNo: year.certificateNo, reason: '重复登记' })).toMatchObject({
      ok: false,
      code: 'CERTIFICATE_NO_HOURS',
    });
    expect(await certificates('dev-student', 'verify', { certificateNo: year.certificateNo })).toMatchObject({ data: { status: 'valid' } });
    expect(await certificates('dev-admin', 'revoke', { certificateNo: year.certificateNo, reason: '重复登记' })).toMatchObject({
      ok: true,
    });
  });

  it('refuses an unknown number', async () => {
    expect(await certificates('dev-admin', 'reissue', { certificateNo: 'SFQC-2026-99999', reason: '不存在' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
