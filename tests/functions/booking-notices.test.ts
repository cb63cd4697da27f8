import { LOCAL_TEMPLATE_IDS } from '../../local/local-templates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, moveSlotSoon, publishSlot } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { readOutbox } from './invoke-function';

jest.setTimeout(60_000);

const STATUS_TEMPLATE = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_BOOKING_STATUS;

/** The booker hears of each status change: in-app always, one push per granted subscription. */
describe('bookings: status notices (integration)', () => {
  let local: TestLocal;
  let bookings: FunctionCall<'bookings'>;
  let messages: FunctionCall<'messages'>;
  const inbox = async (openid: string) =>
    (await messages(openid, 'list', { limit: 50 })).data.items.filter((message) => message.kind === 'bookingStatusChanged');
  const outboxFor = async (openid: string) =>
    (await readOutbox(local.emulatorUrl)).filter((message) => message.touser === openid && message.templateId === STATUS_TEMPLATE);

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    bookings = functionClient(local, 'bookings');
    messages = functionClient(local, 'messages');
  });
  afterAll(() => local?.dispose());

  it('offers both booking templates at the booking tap', async () => {
    const reply = await messages('dev-teacher', 'subscriptionTemplates', { moment: 'bookingSubmit' });
    expect(reply.data.templates.map((template: any) => template.kind)).toEqual(['bookingReminder', 'bookingStatusChanged']);
  });

  it('confirmed → in_service → done each tell the booker; one grant gives exactly one push', async () => {
    await messages('dev-teacher', 'recordSubscriptions', {
      grants: [{ kind: 'bookingStatusChanged', templateId: STATUS_TEMPLATE, accepted: true }],
    });
    const slot = await publishSlot(bookings, 'svc-car-wash');
    const bookingId = (await bookings('dev-teacher', 'book', { slotId: slot.slotId, details: CAR })).data.bookingId;
    expect(await inbox('dev-teacher')).toEqual([]);

    await bookings('dev-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' });
    let received = await inbox('dev-teacher');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ title: '洗车预约已确认', body: expect.stringContaining('志愿者张同学将为你服务') });
    const pushed = await outboxFor('dev-teacher');
    expect(pushed).toHaveLength(1);
    expect(pushed[0].data).toMatchObject({ thing1: { value: '洗车' }, phrase2: { value: '已确认' } });

    // Assigning the same volunteer again says nothing new.
    await bookings('dev-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' });
    expect(await inbox('dev-teacher')).toHaveLength(1);

    await moveSlotSoon(bookingId);
    await bookings('dev-student', 'start', { bookingId });
    await bookings('dev-student', 'close', { bookingId, summary: '洗车完成', minutes: [{ openid: 'dev-student', minutes: 30 }] });
    received = await inbox('dev-teacher');
    expect(received.map((message) => message.title)).toEqual(['洗车预约已完成', '洗车预约服务中', '洗车预约已确认']);
    // The grant was spent on the first change: the rest are in-app only.
    expect(await outboxFor('dev-teacher')).toHaveLength(1);
  });

  it('a leader cancelling (one booking or the whole slot) tells the booker why', async () => {
    const slot = await publishSlot(bookings, 'svc-car-wash');
    const bookingId = (await bookings('dev-teacher', 'book', { slotId: slot.slotId, details: CAR })).data.bookingId;
    const before = (await inbox('dev-teacher')).length;
    await bookings('dev-leader', 'cancel', { bookingId, reason: '洗车机故障' });
    const [cancelled] = await inbox('dev-teacher');
    expect(cancelled).toMatchObject({ title: '洗车预约已取消', body: expect.stringContaining('队长取消了预约：洗车机故障') });

    const other = await publishSlot(bookings, 'svc-car-wash');
    await bookings('dev-teacher', 'book', { slotId: other.slotId, details: CAR });
    await bookings('dev-leader', 'cancelSlot', { slotId: other.slotId, reason: '暴雨停业' });
    const all = await inbox('dev-teacher');
    expect(all).toHaveLength(before + 2);
    expect(all[0].body).toContain('服务时段已取消：暴雨停业');
  });
});
