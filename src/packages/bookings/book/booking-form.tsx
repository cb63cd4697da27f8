import { useEffect, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import {
  bookingDetailsOf,
  bookingFieldLimits,
  checkBookingForm,
  type BookingFormErrors,
  type BookingFormInput,
} from '@core/booking-fields';
import type { Slot } from '@core/booking.types';
import { PhotoPicker } from '@/components/photo-picker';
import { explain } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { routes } from '@/navigation/routes';
import { book } from '@/services/bookings';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import { DetailsFields } from './details-fields';

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
  const [errors, setErrors] = useState<BookingFormErrors>({});
  const [sending, setSending] = useState(false);

  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    void prepareSubscriptions('bookingSubmit');
  }, []);

  async function submit() {
    if (sending) return;
    const found = checkBookingForm(slot.detailsKind, form);
    setErrors(found);
    const first = Object.values(found)[0];
    if (first) {
      toastMessage(first);
      return;
    }
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
    toastSuccess('预约成功');
    // The booking is acknowledged: replace the form so 返回 does not offer to book again.
    void Taro.redirectTo({ url: routes.myBookings });
  }

  return (
    <View className="booking-form">
      <View className="bookings-page__card">
        <DetailsFields
          kind={slot.detailsKind}
          form={form}
          errors={errors}
          onChange={(patch) => setForm((previous) => ({ ...previous, ...patch }))}
        />
        <View className="booking-form__note">
          <Text className="bookings-page__label">备注</Text>
          <Textarea
            className="bookings-page__textarea"
            value={note}
            maxlength={bookingFieldLimits.note}
            placeholder="选填，例如 希望重点检查的地方"
            onInput={(e) => setNote(e.detail.value)}
          />
        </View>
        <View className="booking-form__photos">
          <Text className="bookings-page__label">照片（选填，最多 {MAX_PHOTOS} 张）</Text>
          <PhotoPicker purpose="booking-photo" value={photos} onChange={setPhotos} max={MAX_PHOTOS} disabled={sending} />
        </View>
      </View>
      <Button className="bookings-page__submit booking-form__submit" type="primary" block disabled={sending} onClick={submit}>
        {sending ? '提交中…' : '提交预约'}
      </Button>
    </View>
  );
}
