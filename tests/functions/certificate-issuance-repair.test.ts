import { main as certificates } from '../../cloudfunctions/certificates';
import { formatCertificateNumber, parseCertificateNumber } from '@core/certificate';
import { shanghaiDay } from '@core/shanghai-time';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { creditEntry, ISSUER, putStudent } from './certificates-fixtures';
import { invokerOf } from './invoke-function';

jest.setTimeout(120_000);

const ADMIN = 'dev-admin';
const call = invokerOf('certificates', certificates);
const counterId = () => `${ISSUER.orgCode}:${shanghaiDay(new Date()).slice(0, 4)}`;
const lastSerial = async (): Promise<number> => {
  const { data } = await db().collection('certificate_counters').doc(counterId()).get();
  return (data[0] as { last?: number } | undefined)?.last ?? 0;
};
const applicationStatus = async (applicationId: string) =>
  ((await db().collection('certificate_applications').doc(applicationId).get()).data[0] as { status: string }).status;

/** Issue 18: an issue interrupted after its serial was taken completes on a retry with that serial, never a second one. */
describe('certificate issuance: resumable after a crash', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    expect((await call(ADMIN, { action: 'saveIssuer', ...ISSUER })).ok).toBe(true);
  });
  afterAll(async () => local?.dispose());

  const applyFor = async (openid: string, name: string, memberNo: string) => {
    await putStudent(openid, name, memberNo);
    await creditEntry(openid, 75, new Date('2026-04-10T10:00:00+08:00'), '敬老院探访');
    const applied = await call(openid, { action: 'apply', period: { kind: 'all' } });
    expect(applied.ok).toBe(true);
    return applied.data.application.applicationId as string;
  };

  it('a certificate write that fails after the counter leaves the application issuing; the retry completes it with the same number', async () => {
    // Warm the counter, so the next number is known.
    await call(ADMIN, { action: 'issue', applicationId: await applyFor('r-warm', '预热', '2023120001') });
    const applicationId = await applyFor('r-li', '李重试', '2023120002');
    const next = (await lastSerial()) + 1;
    const blocked = formatCertificateNumber(ISSUER.orgCode, Number(counterId().slice(-4)), next);
    // The fault: the certificate's number is occupied in the database, so its write fails as a duplicate.
    await db().collection('certificates').add({ _id: blocked, applicationId: 'cap_00000000000000000000', openid: 'someone' });

    expect(await call(ADMIN, { action: 'issue', applicationId })).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(await applicationStatus(applicationId)).toBe('issuing');
    expect(await lastSerial()).toBe(next);
    // Visible to the committee, and offered again.
    const queue = await call(ADMIN, { action: 'pending' });
    expect(queue.data.applications.find((one) => one.applicationId === applicationId)).toMatchObject({ status: 'issuing' });

    await db().collection('certificates').doc(blocked).remove();
    const retried = await call(ADMIN, { action: 'issue', applicationId });
    expect(retried).toMatchObject({ ok: true, data: { certificate: { certificateNo: blocked, status: 'valid', name: '李重试' } } });
    expect(await lastSerial()).toBe(next);
    expect(await applicationStatus(applicationId)).toBe('issued');
    expect(await call('r-li', { action: 'mine' })).toMatchObject({
      data: { applications: [{ status: 'issued', certificateNo: blocked }], certificates: [{ certificateNo: blocked }] },
    });
    expect(await call(ADMIN, { action: 'verify', certificateNo: blocked })).toMatchObject({ data: { status: 'valid' } });

    // The serial after it is the next one: no gap, no duplicate.
    const after = await call(ADMIN, { action: 'issue', applicationId: await applyFor('r-after', '后来者', '2023120003') });
    expect(parseCertificateNumber(after.data.certificate.certificateNo)!.serial).toBe(next + 1);
  });

  it('a crash after the certificate was written but before the application was marked: the retry adopts that certificate', async () => {
    const applicationId = await applyFor('r-wu', '吴中断', '2023120004');
    const issued = await call(ADMIN, { action: 'issue', applicationId });
    const last = await lastSerial();
    // The state such a crash leaves behind.
    await db().collection('certificate_applications').doc(applicationId).update({ status: 'issuing', certificateNo: null });

    const retried = await call(ADMIN, { action: 'issue', applicationId });
    expect(retried.data.certificate).toEqual(issued.data.certificate);
    expect(await lastSerial()).toBe(last);
    expect(await applicationStatus(applicationId)).toBe('issued');
    expect(await call(ADMIN, { action: 'issue', applicationId })).toMatchObject({ ok: false, code: 'APPLICATION_CLOSED' });
  });

  it('several admins issuing (or retrying) one application at once get one number between them', async () => {
    const applicationId = await applyFor('r-zhou', '周并发', '2023120005');
    const before = await lastSerial();
    const replies = await Promise.all(Array.from({ length: 6 }, () => call(ADMIN, { action: 'issue', applicationId })));
    const numbers = new Set(replies.filter((reply) => reply.ok).map((reply) => reply.data.certificate.certificateNo));
    expect(numbers.size).toBe(1);
    // A loser of the claim either says so or, having read the claim, completes the same issue.
    for (const reply of replies) if (!reply.ok) expect(reply.code).toBe('APPLICATION_CLOSED');
    expect(await lastSerial()).toBe(before + 1);
    expect((await db().collection('certificates').where({ applicationId }).get()).data).toHaveLength(1);

    // Stuck again (as a crash leaves it) and retried by several at once: still the one number.
    await db().collection('certificate_applications').doc(applicationId).update({ status: 'issuing', certificateNo: null });
    const retries = await Promise.all(Array.from({ length: 4 }, () => call(ADMIN, { action: 'issue', applicationId })));
    for (const reply of retries) if (reply.ok) expect(numbers.has(reply.data.certificate.certificateNo)).toBe(true);
    expect(retries.some((reply) => reply.ok)).toBe(true);
    expect(await lastSerial()).toBe(before + 1);
  });
});
