import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import { useFieldErrors } from '@/hooks/use-field-errors';

export interface CancelDialogProps {
  /** Leaders must say why (the booker is told); the booker may leave it empty. @default false */
  reasonRequired?: boolean;
  /** True while the cancellation is being sent. @default false */
  sending?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

const MAX_REASON = 100;

/** The confirmation before cancelling a booking, with its reason. */
export function CancelDialog({ reasonRequired = false, sending = false, onConfirm, onCancel }: CancelDialogProps) {
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  const fieldErrors = useFieldErrors(['reason'] as const);
  const check = (value: string) => (reasonRequired && !value.trim() ? { reason: '请填写取消原因' } : {});
  return (
    <Dialog
      className="cancel-dialog"
      visible
      title="取消这次预约？"
      confirmText={sending ? '提交中…' : '确认取消'}
      cancelText="再想想"
      disableConfirmButton={sending}
      onConfirm={() => {
        if (!fieldErrors.show(check(reason))) onConfirm(trimmed);
      }}
      onCancel={onCancel}
      onOverlayClick={onCancel}
    >
      <FormField
        name="reason"
        label="取消原因"
        required={reasonRequired}
        stacked
        error={fieldErrors.errors.reason}
        hint={`${reason.length}/${MAX_REASON}`}
        className="cancel-dialog__reason-field"
      >
        <Textarea
          className="bookings-page__textarea cancel-dialog__reason"
          value={reason}
          maxlength={MAX_REASON}
          placeholder={reasonRequired ? '预约人可以看到' : '选填，预约人可以看到'}
          onInput={(e) => {
            setReason(e.detail.value);
            fieldErrors.recheck(check(e.detail.value));
          }}
        />
      </FormField>
    </Dialog>
  );
}
