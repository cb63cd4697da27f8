import { startTestLocal, type TestLocal } from './local-harness';

jest.setTimeout(60_000);

/** `npm start` (`--demo`) seeds a term and two activities; they must be real, usable records. */
describe('demo activities', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ demo: true });
  });
  afterAll(() => local.dispose());

  it('lists both demo activities, signs a student up to the running one and shows its check-in code to the organiser', async () => {
    const student = await local.login({ persona: 'student' });
    const listed = await local.call('activities', { action: 'list', tab: 'upcoming' }, student);
    expect(listed.body.ok).toBe(true);
    const titles = listed.body.data.items.map((item: { title: string }) => item.title);
    expect(titles).toEqual(expect.arrayContaining(['学雷锋日志愿服务', '电脑义诊进社区（演示：正在进行）']));

    const running = listed.body.data.items.find((item: { title: string }) => item.title.includes('正在进行'));
    const signUp = await local.call('activities', { action: 'signUp', activityId: running.activityId }, student);
    expect(signUp.body).toMatchObject({ ok: true, data: { attendance: { status: 'signed_up' } } });

    const admin = await local.login({ persona: 'admin' });
    const code = await local.call('activities', { action: 'currentCode', activityId: running.activityId, kind: 'in' }, admin);
    expect(code.body.ok).toBe(true);
    const checkin = await local.call('activities', { action: 'checkin', code: code.body.data.code }, student);
    expect(checkin.body).toMatchObject({ ok: true, data: { repeat: false } });
  });

  it('seeds the academic term around today', async () => {
    const student = await local.login({ persona: 'student' });
    const terms = await local.call('records', { action: 'listTerms' }, student);
    expect(terms.body.data.terms).toHaveLength(1);
    expect(terms.body.data.terms[0].name).toMatch(/^\d{4}-\d{4} 学年第[一二]学期$/);
  });
});
