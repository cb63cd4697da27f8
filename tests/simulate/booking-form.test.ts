import { sampleSlot } from './sample-records';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// The booking form in the real weapp build: the car fields, the plate checked on tap with the
// server's own rule, nothing sent while wrong, the plate sent normalised, SLOT_FULL explained.
const slot = sampleSlot;

let weapp: WeappHarness;
let page: SimulatedComponent;
const missingTemplates: string[] = [];
const modals: string[] = [];

const text = () => page.dom.textContent ?? '';
const bookCalls = () => weapp.cloudCalls.filter((call) => call.data.action === 'book');
const type = (field: string, value: string) =>
  page.querySelector(`.booking-form__${field} .bookings-page__input`)!.dispatchEvent('input', { detail: { value } });

beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (/Template `tmpl_\w+` not found/.test(line)) missingTemplates.push(line);
  });
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.showModal = (options: { content: string; success?: (result: { confirm: boolean }) => void }) => {
    modals.push(options.content);
    options.success?.({ confirm: true });
  };
  weapp.answerCloud(({ data }) => {
    if (data.action === 'listSlots') return { ok: true, data: { slots: [slot] } };
    if (data.action === 'book') return { ok: false, code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' };
    return { ok: true, data: {} };
  });
  page = weapp.openPage('packages/bookings/book/index', { serviceId: slot.serviceId, slotId: slot.slotId, day: slot.day });
});

test('the slot and the car fields render, each with a weapp template', async () => {
  await waitFor(() => page.querySelector('.booking-form__submit'));
  expect(text()).toContain('洗车');
  expect(text()).toContain('09:00–10:00');
  expect(text()).toContain('车牌号');
  expect(missingTemplates).toEqual([]);
});

test('a plate without its city letter is refused on tap and nothing is sent', async () => {
  type('plate', '桂12345');
  type('model', '大众朗逸');
  type('colour', '白色');
  page.querySelector('.booking-form__submit')!.dispatchEvent('tap');
  await waitFor(() => text().includes('车牌号格式不正确，例如 桂A12345'));
  expect(bookCalls()).toHaveLength(0);
});

test('a valid plate is sent normalised, and SLOT_FULL is explained in Chinese', async () => {
  type('plate', '桂a 12345');
  page.querySelector('.booking-form__submit')!.dispatchEvent('tap');
  await waitFor(() => bookCalls().length === 1);
  expect(bookCalls()[0].data).toMatchObject({
    slotId: slot.slotId,
    details: { kind: 'car', plate: '桂A12345', model: '大众朗逸', colour: '白色' },
  });
  await waitFor(() => modals.includes('该时段已约满，请选择其他时段'));
});
