import { useEffect, useState } from 'react';
import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { bookingDetailsOf, bookingFieldLimits, checkBookingForm, type BookingFormInput } from '@core/booking-fields';
import type { Slot } from '@core/booking.types';
import { FormField } from '@/components/form-field';
import { PhotoPicker } from '@/components/photo-picker';
import { explain } from '@/feedback/confirm';
import { toastMessage, toastSuccessAfter } from '@/feedback/toast';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { routes } from '@/navigation/routes';
import { book } from '@/services/bookings';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import { DetailsFields, detailsFieldOrder } from './details-fields';

export interface BookingFormProps {
  /** The slot being booked. */
  slot: Slot;
}

/** `MAX_BOOKING_PHOTOS` of booking.schema.ts, repeated because that file brings zod with it. */
const MAX_PHOTOS = 3;

const emptyForm: BookingFormInput = { plate: '', model: '', colour: '', brand: '', symptom: '' };

/** Refusals that are about the slot, not the form: the booker has to choose another time. */
const SLOT_REFUSALS = ['SLOT_FULL', 'ALREADY_BOOKED', 'SLOT_UNAVAILABLE', 'BOOKING_NOT_OPEN', 'BOOKING_CLOSED', 'SERVICE_NOT_FOR_YOU'];

/** Describes the car or PC, checks it with the server's rules, then books the seat once. */
export function BookingForm({ slot }: BookingFormProps) {
  const [form, setForm] = useState(emptyForm);
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const fieldErrors = useFieldErrors(detailsFieldOrder);
  const [sending, setSending] = useState(false);

  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    void prepareSubscriptions('bookingSubmit');
  }, []);

  async function submit() {
    if (sending) return;
    // Field errors show beside their fields only: no toast repeats them.
    if (fieldErrors.show(checkBookingForm(slot.detailsKind, form))) return;
    setSending(true);
    // Reminder and status messages need the user's one-time consent, asked at this tap (weapp only).
    await askSubscriptions('bookingSubmit');
    const reply = await book({ slotId: slot.slotId, details: bookingDetailsOf(slot.detailsKind, form), note: note.trim(), photos });
    setSending(false);
    if (!reply.ok) {
      if (SLOT_REFUSALS.includes(reply.code)) await explain('未能预约', reply.message);
      else toastMessage(reply.message);
      return;
    }
    // The booking is acknowledged: replace the form so 返回 does not offer to book again.
    void toastSuccessAfter('预约成功', () => Taro.redirectTo({ url: routes.myBookings }));
  }

  return (
    <View className="booking-form">
      <View className="bookings-page__card">
        <DetailsFields
          kind={slot.detailsKind}
          form={form}
          errors={fieldErrors.errors}
          onChange={(patch) => {
            const next = { ...form, ...patch };
            setForm(next);
            fieldErrors.recheck(checkBookingForm(slot.detailsKind, next));
          }}
        />
        <FormField name="note" label="备注" stacked className="booking-form__note">
          <Textarea
            className="bookings-page__textarea"
            value={note}
            maxlength={bookingFieldLimits.note}
            placeholder="选填，例如 希望重点检查的地方"
            onInput={(e) => setNote(e.detail.value)}
          />
        </FormField>
        <FormField name="photos" label={`照片（选填，最多 ${MAX_PHOTOS} 张）`} stacked className="booking-form__photos">
          <PhotoPicker purpose="booking-photo" value={photos} onChange={setPhotos} max={MAX_PHOTOS} disabled={sending} />
        </FormField>
      </View>
      <Button className="bookings-page__submit booking-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '提交中…' : '提交预约'}
      </Button>
    </View>
  );
}
