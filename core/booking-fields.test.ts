import { bookingDetailsOf, checkBookingForm, type BookingFormInput } from './booking-fields';
import { bookingDetailsSchema } from './booking.schema';

// The app validates with the pure checker and the server with zod: they must agree on every sample.
const empty: BookingFormInput = { plate: '', model: '', colour: '', brand: '', symptom: '' };
const car: BookingFormInput = { ...empty, plate: '桂A12345', model: '大众朗逸', colour: '白色' };
const pc: BookingFormInput = { ...empty, brand: '联想', symptom: '开机很慢\n经常弹窗' };

const agree = (kind: 'car' | 'pc', form: BookingFormInput) => {
  const formOk = Object.keys(checkBookingForm(kind, form)).length === 0;
  const zodOk = bookingDetailsSchema.safeParse({ kind, ...form }).success;
  expect(formOk).toBe(zodOk);
  if (formOk) expect(bookingDetailsSchema.parse({ kind, ...form })).toEqual(bookingDetailsOf(kind, form));
};

test.each(['桂A12345', '桂a 12345', '桂A·12345', '粤BD12345', '京A1234学', '', 'A12345', '桂A1234', '桂A1234567', '桂11234'])(
  'plate %j: form and zod agree',
  (plate) => agree('car', { ...car, plate }),
);

test.each(['', '  ', 'x'.repeat(30), 'x'.repeat(31), 'a\u0007b'])('model %j: form and zod agree', (model) =>
  agree('car', { ...car, model }),
);

test.each(['', '黑', 'x'.repeat(11)])('colour %j: form and zod agree', (colour) => agree('car', { ...car, colour }));

test.each(['', '戴尔', 'x'.repeat(31)])('brand %j: form and zod agree', (brand) => agree('pc', { ...pc, brand }));

test.each(['', '蓝屏\n重启', 'x'.repeat(300), 'x'.repeat(301), 'a\tb'])('symptom %j: form and zod agree', (symptom) =>
  agree('pc', { ...pc, symptom }),
);

test('the plate is sent normalised', () => {
  expect(bookingDetailsOf('car', { ...car, plate: '桂a·123 45' })).toEqual({
    kind: 'car',
    plate: '桂A12345',
    model: '大众朗逸',
    colour: '白色',
  });
});
