import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

/** Terms (学期): admin-defined, never overlapping — not even when two admins save at once. */
describe('records: terms (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
  });
  afterAll(() => local?.dispose());

  it('creates terms with server ids, lists them latest first, edits one, refuses an overlap', async () => {
    const spring = await records('dev-admin', 'saveTerm', { name: '2030春季学期', startDay: '2030-02-20', endDay: '2030-07-10' });
    expect(spring).toMatchObject({ ok: true, data: { term: { name: '2030春季学期', startDay: '2030-02-20', endDay: '2030-07-10' } } });
    expect(spring.data.term.termId).toMatch(/^term_[A-Za-z0-9]{12}$/);
    const autumn = await records('dev-admin', 'saveTerm', { name: '2030秋季学期', startDay: '2030-09-01', endDay: '2031-01-20' });
    expect(autumn.ok).toBe(true);

    const overlap = await records('dev-admin', 'saveTerm', { name: '2030暑期', startDay: '2030-07-10', endDay: '2030-08-31' });
    expect(overlap).toMatchObject({ ok: false, code: 'TERM_OVERLAP', message: expect.stringContaining('2030春季学期') });

    // Editing a term may move it over its own old range, not over another's.
    const edited = await records('dev-admin', 'saveTerm', {
      termId: spring.data.term.termId,
      name: '2030春季',
      startDay: '2030-02-25',
      endDay: '2030-07-15',
    });
    expect(edited).toMatchObject({ ok: true, data: { term: { termId: spring.data.term.termId, name: '2030春季', endDay: '2030-07-15' } } });
    const intoAutumn = await records('dev-admin', 'saveTerm', {
      termId: spring.data.term.termId,
      name: '2030春季',
      startDay: '2030-02-25',
      endDay: '2030-09-01',
    });
    expect(intoAutumn).toMatchObject({ ok: false, code: 'TERM_OVERLAP' });

    const listed = await records('dev-student', 'listTerms');
    expect(listed.data.terms.map((term: { name: string }) => term.name)).toEqual(['2030秋季学期', '2030春季']);
  });

  it('of overlapping terms saved at the same moment exactly one lands', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        records('dev-admin', 'saveTerm', { name: `并发学期${i}`, startDay: `2035-0${i + 1}-01`, endDay: '2035-12-31' }),
      ),
    );
    expect(attempts.filter((reply) => reply.ok)).toHaveLength(1);
    for (const reply of attempts.filter((one) => !one.ok)) expect(['TERM_OVERLAP', 'CONFLICT']).toContain(reply.code);
    const terms = (await records('dev-admin', 'listTerms')).data.terms;
    expect(terms.filter((term) => term.startDay.startsWith('2035'))).toHaveLength(1);
  });

  it('answers bad input with INVALID_INPUT and a Chinese message', async () => {
    const backwards = await records('dev-admin', 'saveTerm', { name: '倒序学期', startDay: '2040-07-01', endDay: '2040-02-01' });
    expect(backwards).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('结束日期应不早于开始日期') });
    expect(await records('dev-admin', 'saveTerm', { name: '坏日期', startDay: '2040-02-30', endDay: '2040-03-01' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      await records('dev-admin', 'saveTerm', { termId: { $ne: '' }, name: '注入', startDay: '2040-02-01', endDay: '2040-03-01' }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await records('dev-admin', 'exportTermHours', { termId: 'term_nosuchterm00' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await records('dev-leader', 'saveTerm', { name: '队长学期', startDay: '2040-02-01', endDay: '2040-03-01' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
