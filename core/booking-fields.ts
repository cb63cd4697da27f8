import type { BookingDetails, DetailsKind } from './booking.types';
import { textProblem } from './text-rules';

/**
 * The booking form's rules without zod (zod would add ~60 KB to the mini-program, see
 * `membership-fields.ts`). Same pattern and messages as `bookingDetailsSchema`; a test checks
 * that both agree on every sample.
 */
export const PLATE_PATTERN = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{4,5}[A-Z0-9\u4e00-\u9fa5]$/;

/** Spaces and dots dropped, letters upper-cased: `桂a·12345` is `桂A12345`. */
export const normalizePlate = (plate: string): string => plate.replace(/[\s·.]/g, '').toUpperCase();

export const bookingFieldMessages = {
  plate: '车牌号格式不正确，例如 桂A12345',
  model: '请填写车型',
  colour: '请填写颜色',
  brand: '请填写电脑品牌',
  symptom: '请描述故障现象',
} as const;

export const bookingFieldLimits = { model: 30, colour: 10, brand: 30, symptom: 300, note: 200 } as const;

/** What the form holds; empty strings mean "not filled in". */
export interface BookingFormInput {
  plate: string;
  model: string;
  colour: string;
  brand: string;
  symptom: string;
}

export type BookingFormErrors = Partial<Record<keyof BookingFormInput, string>>;

function checkText(value: string, max: number, required: string, multiLine = false): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return required;
  if (trimmed.length > max) return `不能超过 ${max} 个字`;
  return textProblem(trimmed, multiLine) ?? undefined;
}

/** The first problem of each field the service's kind asks for, in the server's words. */
export function checkBookingForm(kind: DetailsKind, form: BookingFormInput): BookingFormErrors {
  const errors: BookingFormErrors = {};
  const put = (field: keyof BookingFormInput, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  if (kind === 'car') {
    put('plate', PLATE_PATTERN.test(normalizePlate(form.plate)) ? undefined : bookingFieldMessages.plate);
    put('model', checkText(form.model, bookingFieldLimits.model, bookingFieldMessages.model));
    put('colour', checkText(form.colour, bookingFieldLimits.colour, bookingFieldMessages.colour));
  }
  if (kind === 'pc') {
    put('brand', checkText(form.brand, bookingFieldLimits.brand, bookingFieldMessages.brand));
    put('symptom', checkText(form.symptom, bookingFieldLimits.symptom, bookingFieldMessages.symptom, true));
  }
  return errors;
}

/** The `details` the server expects, from a form that passed `checkBookingForm`. */
export function bookingDetailsOf(kind: DetailsKind, form: BookingFormInput): BookingDetails {
  if (kind === 'car') return { kind, plate: normalizePlate(form.plate), model: form.model.trim(), colour: form.colour.trim() };
  if (kind === 'pc') return { kind, brand: form.brand.trim(), symptom: form.symptom.trim() };
  return { kind: 'none' };
}
