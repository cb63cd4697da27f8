import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { main as certificates } from '../../cloudfunctions/certificates';
import { canonicalJson, parseCertificateNumber } from '@core/certificate';
import { judgeVerification } from '@core/certificate-verification';
import { buildInvocationContext } from '../../local/host/invocation-context';
import { LOCAL_ENV_ID } from '../../local/sdk-environment';
import { ensureCertificateKey } from '../../local/certificate-key';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { creditEntry, ISSUER, putStudent } from './certificates-fixtures';
import { invokerOf } from './invoke-function';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const LEADER = 'dev-leader';
const day = (text: string) => new Date(`${text}T10:00:00+08:00`);

/** Issue 18: apply → issue → verify → revoke → re-issue, signatures, and serials under concurrency. */
describe('volunteer-service certificates (integration)', () => {
  let local: TestLocal;
  const call = invokerOf('certificates', certificates);
  /** A call with no identity at all, as a stranger's browser makes it. */
  const anonymous = (event: Record<string, unknown>) =>
    certificates(
      event,
      buildInvocationContext(
        'certificates',
        LOCAL_ENV_ID,
        { openid: '', appid: 'wx-test', clientIp: '127.0.0.1' },
        {
          timeoutSeconds: 10,
          memorySize: 256,
        },
      ),
    ) as Promise<any>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    expect((await call(ADMIN, { action: 'saveIssuer', ...ISSUER })).ok).toBe(true);
  });
  afterAll(async () => local?.dispose());

  const applyAndIssue = async (openid: string, period: Record<string, unknown> = { kind: 'all' }) => {
    const applied = await call(openid, { action: 'apply', period });
    expect(applied).toMatchObject({ ok: true });
    const issued = await call(ADMIN, { action: 'issue', applicationId: applied.data.application.applicationId });
    expect(issued).toMatchObject({ ok: true });
    return issued.data.certificate;
  };

  it('lists only the period’s verified entries with day, content and minutes, and signs facts that verify against the published key', async () => {
    await putStudent('c-li', '李小明', '2023110215');
    await creditEntry('c-li', 90, day('2025-11-02'), '敬老院探访');
    await creditEntry('c-li', 120, day('2026-03-15'), '社区义务洗车');
    await creditEntry('c-li', 45, day('2026-05-04'), '电脑义诊');

    const certificate = await applyAndIssue('c-li', { kind: 'year', year: 2026 });
    expect(certificate.facts).toMatchObject({
      period: { kind: 'year', label: '2026年度' },
      volunteer: { maskedName: '李*明', maskedMemberNo: '20******15' },
      issuer: { organisation: '星火学院团委', personInCharge: '赵书记', handlingOfficer: '陈老师', contact: '0771-1234567' },
      lines: [
        { day: '2026-03-15', content: '社区义务洗车', minutes: 120 },
        { day: '2026-05-04', content: '电脑义诊', minutes: 45 },
      ],
      totalMinutes: 165,
    });
    expect(certificate.name).toBe('李小明');
    expect(parseCertificateNumber(certificate.certificateNo)).toMatchObject({ orgCode: 'SFQC' });

    // A verifier needs nothing but the published key: the signature is over the canonical facts.
    const published = await anonymous({ action: 'publicKey' });
    expect(published).toMatchObject({ ok: true, data: { algorithm: 'Ed25519', keyId: certificate.facts.keyId } });
    const key = createPublicKey({ key: Buffer.from(published.data.spki, 'base64'), format: 'der', type: 'spki' });
    const signed = (facts: unknown) =>
      verifySignature(null, Buffer.from(canonicalJson(facts)), key, Buffer.from(certificate.signature, 'base64url'));
    expect(signed(certificate.facts)).toBe(true);
    expect(signed({ ...certificate.facts, totalMinutes: 600 })).toBe(false);
  });

  it('verifies without sign-in: valid, then revoked at once; a re-issue gets a new number that is valid', async () => {
    await putStudent('c-wang', '王芳', '2023110216');
    await creditEntry('c-wang', 60, day('2026-04-01'));
    const first = await applyAndIssue('c-wang');

    const valid = await anonymous({ action: 'verify', certificateNo: first.certificateNo });
    expect(valid).toMatchObject({ ok: true, data: { status: 'valid', facts: { totalMinutes: 60, volunteer: { maskedName: '王*' } } } });
    // The public answer never carries the name or number in full.
    expect(JSON.stringify(valid.data)).not.toMatch(/王芳|2023110216/);
    // Other actions still need an identity.
    expect(await anonymous({ action: 'mine' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    // Through the host as the H5 page calls it: no session token at all.
    expect(await local.post('certificates', { action: 'verify', certificateNo: first.certificateNo })).toMatchObject({
      status: 200,
      body: { ok: true, data: { status: 'valid' } },
    });
    expect(await local.post('certificates', { action: 'mine' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await local.post('users', { action: 'whoami' })).toMatchObject({ status: 401 });

    const revoked = await call(ADMIN, { action: 'revoke', certificateNo: first.certificateNo, reason: '时长更正后撤销' });
    expect(revoked).toMatchObject({ ok: true, data: { certificate: { status: 'revoked', revokedReason: '时长更正后撤销' } } });
    expect(await anonymous({ action: 'verify', certificateNo: first.certificateNo })).toMatchObject({
      ok: true,
      data: { status: 'revoked', revokedReason: '时长更正后撤销', facts: { certificateNo: first.certificateNo } },
    });
    expect(await call(ADMIN, { action: 'revoke', certificateNo: first.certificateNo, reason: '再撤一次' })).toMatchObject({
      ok: false,
      code: 'CERTIFICATE_REVOKED',
    });

    await creditEntry('c-wang', 30, day('2026-04-08'));
    const second = await applyAndIssue('c-wang');
    expect(second.certificateNo).not.toBe(first.certificateNo);
    expect(parseCertificateNumber(second.certificateNo)!.serial).toBeGreaterThan(parseCertificateNumber(first.certificateNo)!.serial);
    expect(await anonymous({ action: 'verify', certificateNo: second.certificateNo })).toMatchObject({
      data: { status: 'valid', facts: { totalMinutes: 90 } },
    });
    const mine = await call('c-wang', { action: 'mine' });
    expect(mine.data.certificates.map((one) => [one.certificateNo, one.status])).toEqual([
      [second.certificateNo, 'valid'],
      [first.certificateNo, 'revoked'],
    ]);
  });

  it('refuses a tampered signature, a changed total, a guessed number and garbage as not genuine', async () => {
    await putStudent('c-zhao', '赵雷', '2023110217');
    await creditEntry('c-zhao', 240, day('2026-06-01'));
    const certificate = await applyAndIssue('c-zhao');
    const unknown = { ok: true, data: { status: 'unknown', facts: null } };

    // The QR of an edited printout carries another signature: the function answers the stored certificate, and the
    // page's own check (the one the verify page runs, against the published key) calls the QR's signature not genuine.
    const published = (await anonymous({ action: 'publicKey' })).data;
    const answer = await anonymous({ action: 'verify', certificateNo: certificate.certificateNo });
    expect(answer).toMatchObject({ ok: true, data: { status: 'valid' } });
    expect(judgeVerification(certificate.certificateNo, answer.data, published, certificate.signature)).toBe('valid');
    const flipped = Buffer.from(certificate.signature, 'base64url');
    flipped[10] ^= 1;
    expect(judgeVerification(certificate.certificateNo, answer.data, published, flipped.toString('base64url'))).toBe('not_genuine');
    // A changed total under the genuine signature fails the same check.
    const raised = { ...answer.data, facts: { ...answer.data.facts, totalMinutes: 2400 } };
    expect(judgeVerification(certificate.certificateNo, raised, published, certificate.signature)).toBe('not_genuine');
    const { serial, year } = parseCertificateNumber(certificate.certificateNo)!;
    expect(await anonymous({ action: 'verify', certificateNo: `SFQC-${year}-${String(serial + 500).padStart(5, '0')}` })).toMatchObject(
      unknown,
    );
    expect(await anonymous({ action: 'verify', certificateNo: '随便写的' })).toMatchObject(unknown);

    // Someone with database access raises the total: the stored signature no longer matches.
    await db().collection('certificates').doc(certificate.certificateNo).update({ 'facts.totalMinutes': 2400 });
    expect(await anonymous({ action: 'verify', certificateNo: certificate.certificateNo })).toMatchObject(unknown);
  });

  it('lets only admins of the recording organisation issue, and a member apply only for themself', async () => {
    await putStudent('c-sun', '孙悦', '2023110218');
    await creditEntry('c-sun', 60, day('2026-02-20'));
    // The leader who verified the hours is not the certifying organisation.
    const applied = await call('c-sun', { action: 'apply', period: { kind: 'all' } });
    const { applicationId } = applied.data.application;
    for (const who of [LEADER, 'c-sun', 'dev-student'])
      expect(await call(who, { action: 'issue', applicationId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(LEADER, { action: 'pending' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    // Applying names a period, never a person: an openid in the params is refused, not obeyed.
    expect(await call('dev-student', { action: 'apply', period: { kind: 'all' }, openid: 'c-sun' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await call('c-sun', { action: 'apply', period: { kind: 'all' } })).toMatchObject({ ok: false, code: 'CERTIFICATE_PENDING' });
    expect((await call('dev-student', { action: 'mine' })).data.applications.map((one) => one.applicationId)).not.toContain(applicationId);
    expect(await call('c-nobody-hours', { action: 'apply', period: { kind: 'all' } })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const queue = await call(ADMIN, { action: 'pending' });
    expect(queue.data.applications.find((one) => one.applicationId === applicationId)).toMatchObject({
      name: '孙悦',
      memberNo: '2023110218',
      totalMinutes: 60,
    });
    expect(await call(ADMIN, { action: 'decline', applicationId, reason: '请先补全时长' })).toMatchObject({
      ok: true,
      data: { application: { status: 'declined', declineReason: '请先补全时长' } },
    });
    expect(await call(ADMIN, { action: 'issue', applicationId })).toMatchObject({ ok: false, code: 'APPLICATION_CLOSED' });
  });

  it('gives 200 concurrent issues distinct numbers whose serials run on without gaps or duplicates', async () => {
    const openids = Array.from({ length: 200 }, (_, i) => `c-bulk-${i}`);
    for (const [i, openid] of openids.entries()) {
      await putStudent(openid, `学生${i}`, `2024${String(i).padStart(6, '0')}`);
      await creditEntry(openid, 30 + i, day('2026-09-10'));
    }
    const applicationIds = await Promise.all(
      openids.map(async (openid) => (await call(openid, { action: 'apply', period: { kind: 'all' } })).data.application.applicationId),
    );
    const replies = await Promise.all(applicationIds.map((applicationId) => call(ADMIN, { action: 'issue', applicationId })));
    expect(replies.filter((reply) => !reply.ok)).toEqual([]);
    const serials = replies.map((reply) => parseCertificateNumber(reply.data.certificate.certificateNo)!.serial).sort((a, b) => a - b);
    expect(new Set(replies.map((reply) => reply.data.certificate.certificateNo)).size).toBe(200);
    const first = serials[0];
    expect(serials).toEqual(Array.from({ length: 200 }, (_, i) => first + i));
  });

  it('keeps the local signing key per data dir, so certificates verify after a restart', () => {
    const current = process.env.STARFIRE_CERTIFICATE_KEY;
    expect(ensureCertificateKey(local.dataDir)).toBe(current);
    expect(ensureCertificateKey(local.dataDir)).toBe(current);
  });
});
