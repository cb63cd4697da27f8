import { main as certificates } from '../../cloudfunctions/certificates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { creditEntry, ISSUER, putStudent } from './certificates-fixtures';
import { invokerOf } from './invoke-function';

jest.setTimeout(120_000);

const ADMIN = 'dev-admin';

/** 已出具: the admins' list of issued certificates, newest first, paged by cursor. */
describe('certificates.issued (integration)', () => {
  let local: TestLocal;
  const call = invokerOf('certificates', certificates);

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    expect((await call(ADMIN, { action: 'saveIssuer', ...ISSUER })).ok).toBe(true);
  });
  afterAll(async () => local?.dispose());

  const issueFor = async (openid: string, name: string, memberNo: string, minutes: number) => {
    await putStudent(openid, name, memberNo);
    await creditEntry(openid, minutes, new Date('2026-05-10T10:00:00+08:00'));
    const applied = await call(openid, { action: 'apply', period: { kind: 'all' } });
    if (!applied.ok) throw new Error(applied.code);
    const issued = await call(ADMIN, { action: 'issue', applicationId: applied.data.application.applicationId });
    if (!issued.ok) throw new Error(issued.code);
    return issued.data.certificate.certificateNo;
  };

  /** Every page from the first, as the app's cursor list walks them. */
  const walk = async (limit: number) => {
    const pages: { certificateNo: string }[][] = [];
    let cursor: string | undefined;
    do {
      const reply = await call(ADMIN, { action: 'issued', limit, ...(cursor ? { cursor } : {}) });
      if (!reply.ok) throw new Error(reply.code);
      pages.push(reply.data.items);
      cursor = reply.data.nextCursor ?? undefined;
    } while (cursor);
    return pages;
  };

  it('lists every certificate once, newest first, with member, period, hours and status; a revoked one keeps its reason', async () => {
    const first = await issueFor('c-list-1', '钱一', '2023120001', 60);
    const second = await issueFor('c-list-2', '钱二', '2023120002', 90);
    const third = await issueFor('c-list-3', '钱三', '2023120003', 150);
    expect((await call(ADMIN, { action: 'revoke', certificateNo: second, reason: '时长更正' })).ok).toBe(true);

    const pages = await walk(2);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(2);
    const numbers = pages.flat().map((row) => row.certificateNo);
    expect(new Set(numbers).size).toBe(numbers.length);
    const ours = numbers.filter((no) => [first, second, third].includes(no));
    expect(ours).toEqual([third, second, first]);

    const rows = pages.flat() as unknown as Record<string, unknown>[];
    expect(rows.find((row) => row.certificateNo === third)).toMatchObject({
      name: '钱三',
      memberNo: '2023120003',
      periodLabel: '全部服务记录',
      totalMinutes: 150,
      status: 'valid',
      revokedReason: null,
    });
    expect(rows.find((row) => row.certificateNo === second)).toMatchObject({
      status: 'revoked',
      revokedReason: '时长更正',
      totalMinutes: 90,
    });
  });

  it('is for admins only, and refuses a cursor it did not hand out', async () => {
    expect(await call('dev-leader', { action: 'issued' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('c-list-1', { action: 'issued' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(ADMIN, { action: 'issued', cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call(ADMIN, { action: 'issued', limit: 51 })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
