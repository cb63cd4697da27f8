import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import { useFieldErrors } from '@/hooks/use-field-errors';
import type { Slot } from '@core/booking.types';
import { slotText } from '@core/date-words';

export interface CancelSlotDialogProps {
  slot: Slot;
  /** True while the cancellation is being sent. @default false */
  sending?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

const MAX_REASON = 100;

/** The confirmation before cancelling a whole slot: says who is affected and asks why (required, the bookers read it). */
export function CancelSlotDialog({ slot, sending = false, onConfirm, onCancel }: CancelSlotDialogProps) {
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  const booked = slot.capacity - slot.remaining;
  const fieldErrors = useFieldErrors(['reason'] as const);
  const check = (value: string) => (value.trim() ? {} : { reason: '请填写取消原因' });
  return (
    <Dialog
      className="cancel-slot-dialog"
      visible
      title="取消这个时段？"
      confirmText={sending ? '提交中…' : '取消时段'}
      cancelText="再想想"
      disableConfirmButton={sending}
      onConfirm={() => {
        if (!fieldErrors.show(check(reason))) onConfirm(trimmed);
      }}
      onCancel={onCancel}
      onOverlayClick={onCancel}
    >
      <View>
        <Text className="bookings-page__card-line cancel-slot-dialog__summary">
          {slot.serviceName} · {slotText(slot)}
        </Text>
        <Text className="bookings-page__error cancel-slot-dialog__warning">
          {booked > 0
            ? `已有 ${booked} 人预约，取消后这些预约将一并取消，预约人会收到通知。此操作无法撤销。`
            : '取消后该时段不再开放预约。此操作无法撤销。'}
        </Text>
        <FormField
          name="reason"
          label="取消原因"
          required
          stacked
          error={fieldErrors.errors.reason}
          hint={`${reason.length}/${MAX_REASON}`}
          className="cancel-slot-dialog__reason-field"
        >
          <Textarea
            className="bookings-page__textarea cancel-slot-dialog__reason"
            value={reason}
            maxlength={MAX_REASON}
            placeholder="预约人可以看到"
            onInput={(e) => {
              setReason(e.detail.value);
              fieldErrors.recheck(check(e.detail.value));
            }}
          />
        </FormField>
      </View>
    </Dialog>
  );
}
