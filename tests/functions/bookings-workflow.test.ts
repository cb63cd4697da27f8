import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, db, moveSlotSoon, publishSlot, putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { fullMomentText } from '@core/date-words';

jest.setTimeout(60_000);

/** Book → assign → start → close → rate → confirm, through the host and the real SDK. */
describe('bookings: the workflow (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'bookings'>;

  beforeAll(async () => {
    local = await startTestLocal();
    call = functionClient(local, 'bookings');
    await putMember('o-clinic-leader', 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
    await putMember('o-car-volunteer-2', 'student', [{ teamId: 'team-car-care', role: 'volunteer' }]);
  });
  afterAll(() => local?.dispose());

  const book = async (slotId: string, who = 'dev-teacher') => {
    const reply = await call(who, 'book', { slotId, details: CAR, note: '左后轮有点瘪' });
    expect(reply).toMatchObject({ ok: true });
    return reply.data.bookingId as string;
  };

  it('lists the seeded catalogue per team', async () => {
    const reply = await call('dev-teacher', 'listServices', { teamId: 'team-car-care' });
    expect(reply.data.services.map((service: any) => service.name)).toEqual(['洗车', '胎压检查', '玻璃水/机油检查', '电瓶检测']);
    expect(reply.data.services[0]).toMatchObject({
      detailsKind: 'car',
      audience: ['staff'],
      window: { minLeadMinutes: 120, maxAheadDays: 14 },
    });
  });

  it('runs submitted → confirmed → in_service → done → rated, records history, credits hours once', async () => {
    const slot = await publishSlot(call, 'svc-car-wash', { capacity: 2 });
    expect(slot).toMatchObject({ remaining: 2, capacity: 2 });
    const bookingId = await book(slot.slotId);
    expect(bookingId).toBe(`${slot.slotId}:dev-teacher`);

    const listed = await call('dev-teacher', 'listSlots', { serviceId: 'svc-car-wash' });
    expect(listed.data.slots.find((s: any) => s.slotId === slot.slotId)).toMatchObject({ remaining: 1, bookable: true });
    const mine = await call('dev-teacher', 'mine', {});
    expect(mine.data.items[0]).toMatchObject({ bookingId, status: 'submitted', details: { plate: '桂A12345' } });

    const openJobs = await call('dev-student', 'jobs', { scope: 'open' });
    expect(openJobs.data.bookings.map((b: any) => b.bookingId)).toContain(bookingId);
    const volunteers = await call('dev-leader', 'teamVolunteers', { teamId: 'team-car-care' });
    expect(volunteers.data.volunteers.map((v: any) => v.openid)).toEqual(expect.arrayContaining(['dev-student', 'dev-leader']));

    expect(await call('dev-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' })).toMatchObject({
      ok: true,
      data: { booking: { status: 'confirmed', volunteer: { openid: 'dev-student', name: '张同学' } } },
    });
    const myJobs = await call('dev-student', 'jobs', { scope: 'mine' });
    expect(myJobs.data.bookings.map((b: any) => b.bookingId)).toEqual([bookingId]);
    // another volunteer of the team is not the assigned one
    expect(await call('o-car-volunteer-2', 'start', { bookingId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await moveSlotSoon(bookingId);
    expect(await call('dev-student', 'start', { bookingId })).toMatchObject({ ok: true, data: { booking: { status: 'in_service' } } });
    const closed = await call('dev-student', 'close', {
      bookingId,
      summary: '车身清洗、轮毂清洁，左后轮补气至 2.4 bar',
      minutes: [
        { openid: 'dev-student', minutes: 60 },
        { openid: 'o-car-volunteer-2', minutes: 45 },
      ],
    });
    expect(closed).toMatchObject({ ok: true, data: { booking: { status: 'done', record: { verifiedAt: null } } } });
    expect(closed.data.booking.record?.minutes).toEqual([
      { openid: 'dev-student', name: '张同学', minutes: 60 },
      { openid: 'o-car-volunteer-2', name: '成员o-car-volunteer-2', minutes: 45 },
    ]);

    expect(await call('dev-student', 'rate', { bookingId, score: 5 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('dev-teacher', 'rate', { bookingId, score: 5, comment: '洗得很干净' })).toMatchObject({
      ok: true,
      data: { booking: { status: 'rated', rating: { score: 5, comment: '洗得很干净' } } },
    });
    expect(await call('dev-teacher', 'rate', { bookingId, score: 1 })).toMatchObject({ ok: false, code: 'RATED_ALREADY' });

    expect(await call('dev-student', 'confirmRecord', { bookingId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const confirmations = await Promise.all([1, 2, 3].map(() => call('dev-leader', 'confirmRecord', { bookingId })));
    expect(confirmations.filter((reply) => reply.ok)).toHaveLength(1);
    expect(confirmations.filter((reply) => !reply.ok).map((reply) => reply.code)).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION']);
    const ledger = (await db().collection('hours_ledger').where({ 'source.id': bookingId }).get()).data;
    expect(ledger.map((entry: any) => [entry.openid, entry.minutes, entry.verifiedBy]).sort()).toEqual([
      ['dev-student', 60, 'dev-leader'],
      ['o-car-volunteer-2', 45, 'dev-leader'],
    ]);

    const detail = await call('dev-teacher', 'getBooking', { bookingId });
    expect(detail.data.booking.history.map((h: any) => [h.from, h.to, h.by, h.byRole])).toEqual([
      [null, 'submitted', 'dev-teacher', 'booker'],
      ['submitted', 'confirmed', 'dev-leader', 'leader'],
      ['confirmed', 'in_service', 'dev-student', 'volunteer'],
      ['in_service', 'done', 'dev-student', 'volunteer'],
      ['done', 'rated', 'dev-teacher', 'booker'],
    ]);
    expect(detail.data.booking.record).toMatchObject({ verifiedBy: 'dev-leader', verifiedAt: expect.any(String) });
  });

  it('opens 开始服务 30 minutes before the slot; a leader starts earlier only with a reason, kept in the history', async () => {
    const slot = await publishSlot(call, 'svc-car-fluids', { capacity: 2 });
    const early = await book(slot.slotId);
    await call('dev-leader', 'assign', { bookingId: early, volunteerOpenid: 'dev-student' });
    const opensAt = new Date(Date.parse(slot.startAt) - 30 * 60_000);
    const detail = await call('dev-student', 'getBooking', { bookingId: early });
    expect(detail.data.booking.startOpensAt).toBe(opensAt.toISOString());

    const refused = await call('dev-student', 'start', { bookingId: early });
    expect(refused).toMatchObject({ ok: false, code: 'JOB_NOT_STARTABLE_YET' });
    expect(refused.message).toBe(
      `服务时段 ${fullMomentText(slot.startAt)} 开始，${fullMomentText(opensAt)} 起可以开始服务；如需提前开始，请联系队长`,
    );
    // A volunteer's reason changes nothing; a leader without one hears that one is needed.
    expect(await call('dev-student', 'start', { bookingId: early, earlyReason: '我想早点开始' })).toMatchObject({
      code: 'JOB_NOT_STARTABLE_YET',
    });
    expect(await call('dev-leader', 'start', { bookingId: early })).toMatchObject({
      code: 'JOB_NOT_STARTABLE_YET',
      message: expect.stringContaining('队长提前开始需填写原因'),
    });
    expect((await call('dev-student', 'getBooking', { bookingId: early })).data.booking.status).toBe('confirmed');

    const started = await call('dev-leader', 'start', { bookingId: early, earlyReason: '老师提前到了车库' });
    expect(started).toMatchObject({ ok: true, data: { booking: { status: 'in_service' } } });
    expect(started.data.booking.history.at(-1)).toMatchObject({
      to: 'in_service',
      by: 'dev-leader',
      byRole: 'leader',
      reason: '提前开始：老师提前到了车库',
    });

    // Inside the window the assigned volunteer starts without a reason.
    const onTime = await book((await publishSlot(call, 'svc-car-fluids', { capacity: 1 })).slotId);
    await call('dev-leader', 'assign', { bookingId: onTime, volunteerOpenid: 'o-car-volunteer-2' });
    await moveSlotSoon(onTime, 25);
    const inWindow = await call('o-car-volunteer-2', 'start', { bookingId: onTime });
    expect(inWindow).toMatchObject({ ok: true, data: { booking: { status: 'in_service' } } });
    expect(inWindow.data.booking.history.at(-1)?.reason).toBeNull();
  });

  it('caps credited minutes at the slot length; a leader credits more only with a reason, kept on the record and in the history', async () => {
    const slot = await publishSlot(call, 'svc-car-wash', { capacity: 2 });
    const bookingId = await book(slot.slotId);
    await call('dev-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' });
    await moveSlotSoon(bookingId); // an hour long
    await call('dev-student', 'start', { bookingId });
    const record = (minutes: number, extra: object = {}) => ({
      bookingId,
      summary: '车身清洗',
      minutes: [{ openid: 'dev-student', minutes }],
      ...extra,
    });

    // The assigned volunteer cannot credit 61 minutes of a 60-minute slot, even with a reason.
    const refused = await call('dev-student', 'close', record(61, { overLengthReason: '我多干了一会' }));
    expect(refused).toMatchObject({
      ok: false,
      code: 'MINUTES_OVER_SLOT',
      message: '服务时长不能超过时段长度 60 分钟；如确需超出，请由队长填写原因',
    });
    // A leader without a reason is refused too; blank counts as none.
    expect(await call('dev-leader', 'close', record(90, { overLengthReason: '   ' }))).toMatchObject({ code: 'MINUTES_OVER_SLOT' });
    const untouched = (await call('dev-student', 'getBooking', { bookingId })).data.booking;
    expect(untouched).toMatchObject({ status: 'in_service', record: null });

    const closed = await call('dev-leader', 'close', record(90, { overLengthReason: '车主临时加洗了内饰' }));
    expect(closed).toMatchObject({
      ok: true,
      data: { booking: { status: 'done', record: { overLengthReason: '车主临时加洗了内饰', minutes: [{ minutes: 90 }] } } },
    });
    expect(closed.data.booking.history.at(-1)).toMatchObject({
      to: 'done',
      by: 'dev-leader',
      byRole: 'leader',
      reason: '超出时段长度：车主临时加洗了内饰',
    });
    expect(await call('dev-leader', 'confirmRecord', { bookingId })).toMatchObject({ ok: true });
    const ledger = (await db().collection('hours_ledger').where({ 'source.id': bookingId }).get()).data;
    expect(ledger.map((entry: any) => [entry.openid, entry.minutes])).toEqual([['dev-student', 90]]);
    // 我的志愿时长 shows the volunteer why 90 minutes of a 60-minute slot were credited.
    const hours = await functionClient(local, 'activities')('dev-student', 'myHours', {});
    expect(hours.ok && hours.data.entries.find((entry) => entry.source.id === bookingId)).toMatchObject({
      minutes: 90,
      overLengthReason: '车主临时加洗了内饰',
    });

    // Exactly the slot's length needs no reason, and a reason sent anyway is not recorded.
    const atLength = await book((await publishSlot(call, 'svc-car-wash', { capacity: 1 })).slotId);
    await call('dev-leader', 'assign', { bookingId: atLength, volunteerOpenid: 'dev-student' });
    await moveSlotSoon(atLength);
    await call('dev-student', 'start', { bookingId: atLength });
    const onLength = await call('dev-student', 'close', {
      bookingId: atLength,
      summary: '车身清洗',
      minutes: [{ openid: 'dev-student', minutes: 60 }],
      overLengthReason: '无需原因',
    });
    expect(onLength).toMatchObject({ ok: true, data: { booking: { status: 'done', record: { overLengthReason: null } } } });
    expect(onLength.data.booking.history.at(-1)?.reason).toBeNull();
  });

  it('refuses every illegal transition', async () => {
    const slot = await publishSlot(call, 'svc-car-tyre', { capacity: 2 });
    const bookingId = await book(slot.slotId);
    const refused = (reply: any) =>
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', message: expect.stringContaining('待确认') });
    refused(await call('dev-leader', 'start', { bookingId }));
    refused(await call('dev-leader', 'close', { bookingId, summary: '未服务', minutes: [{ openid: 'dev-leader', minutes: 10 }] }));
    refused(await call('dev-leader', 'markNoShow', { bookingId }));
    expect(await call('dev-teacher', 'rate', { bookingId, score: 4 })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await call('dev-leader', 'confirmRecord', { bookingId })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });

    expect(await call('dev-student', 'claim', { bookingId })).toMatchObject({ ok: true, data: { booking: { status: 'confirmed' } } });
    expect(await call('o-car-volunteer-2', 'claim', { bookingId })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    // no_show only once the slot has started
    expect(await call('dev-student', 'markNoShow', { bookingId })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await call('dev-teacher', 'cancel', { bookingId })).toMatchObject({ ok: true, data: { booking: { status: 'cancelled' } } });
    for (const action of ['start', 'claim', 'markNoShow'] as const)
      expect(await call('dev-student', action, { bookingId })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await call('dev-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' })).toMatchObject({
      ok: false,
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('已取消'),
    });
  });

  it('two volunteers claiming at once: exactly one gets the job', async () => {
    const slot = await publishSlot(call, 'svc-car-fluids', { capacity: 1 });
    const bookingId = await book(slot.slotId);
    const replies = await Promise.all(['dev-student', 'o-car-volunteer-2', 'dev-leader'].map((who) => call(who, 'claim', { bookingId })));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.filter((reply) => !reply.ok).every((reply) => reply.code === 'INVALID_TRANSITION' || reply.code === 'CONFLICT')).toBe(
      true,
    );
  });

  it('keeps team actions inside the team: another team’s leader and non-leaders are refused', async () => {
    const slot = await publishSlot(call, 'svc-car-battery', { capacity: 1 });
    const bookingId = await book(slot.slotId);
    const forbidden = { ok: false, code: 'FORBIDDEN', message: expect.stringMatching(/^没有权限/) };
    expect(await call('o-clinic-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' })).toMatchObject(forbidden);
    expect(
      await call('o-clinic-leader', 'publishSlots', {
        serviceId: 'svc-car-wash',
        day: '2031-01-06',
        start: '09:00',
        end: '10:00',
        capacity: 1,
      }),
    ).toMatchObject(forbidden);
    expect(await call('o-clinic-leader', 'cancelSlot', { slotId: slot.slotId, reason: '越权' })).toMatchObject(forbidden);
    expect(await call('o-clinic-leader', 'teamBookings', { teamId: 'team-car-care' })).toMatchObject(forbidden);
    expect(await call('o-clinic-leader', 'getBooking', { bookingId })).toMatchObject(forbidden);
    expect(await call('o-clinic-leader', 'claim', { bookingId })).toMatchObject(forbidden);
    expect(await call('o-clinic-leader', 'cancel', { bookingId, reason: '越权' })).toMatchObject(forbidden);
    expect(
      await call('dev-student', 'publishSlots', {
        serviceId: 'svc-car-wash',
        day: '2031-01-06',
        start: '09:00',
        end: '10:00',
        capacity: 1,
      }),
    ).toMatchObject(forbidden);
    expect(await call('dev-teacher', 'assign', { bookingId, volunteerOpenid: 'dev-student' })).toMatchObject(forbidden);
    expect(await call('dev-admin', 'getBooking', { bookingId })).toMatchObject(forbidden);
    // assigning someone outside the team is bad input, not a silent success
    expect(await call('dev-leader', 'assign', { bookingId, volunteerOpenid: 'o-clinic-leader' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    // the team may read it
    expect(await call('dev-student', 'getBooking', { bookingId })).toMatchObject({ ok: true });
  });

  it('leaders edit their own catalogue; the edit reaches future slots', async () => {
    const created = await call('dev-leader', 'saveService', {
      teamId: 'team-car-care',
      name: '雨刮检查',
      durationMinutes: 20,
      place: '实训中心',
      audience: ['staff', 'student'],
      detailsKind: 'car',
    });
    expect(created).toMatchObject({ ok: true, data: { service: { name: '雨刮检查', active: true, window: { minLeadMinutes: 120 } } } });
    const serviceId = created.data.service.serviceId;
    const slot = await publishSlot(call, serviceId, { capacity: 1 });
    const renamed = await call('dev-leader', 'saveService', { ...created.data.service, name: '雨刮更换', window: undefined });
    expect(renamed).toMatchObject({ ok: true, data: { service: { serviceId, name: '雨刮更换' } } });
    const slots = await call('dev-teacher', 'listSlots', { serviceId });
    expect(slots.data.slots.find((s: any) => s.slotId === slot.slotId)).toMatchObject({ serviceName: '雨刮更换' });
    expect(await call('o-clinic-leader', 'saveService', { ...created.data.service, window: undefined })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
