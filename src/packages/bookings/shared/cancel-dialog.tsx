import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';

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
  return (
    <Dialog
      className="cancel-dialog"
      visible
      title="取消这次预约？"
      confirmText={sending ? '提交中…' : '确认取消'}
      cancelText="再想想"
      disableConfirmButton={(reasonRequired && !trimmed) || sending}
      onConfirm={() => onConfirm(trimmed)}
      onCancel={onCancel}
      onClose={onCancel}
    >
      <View>
        <Textarea
          className="bookings-page__textarea cancel-dialog__reason"
          value={reason}
          maxlength={MAX_REASON}
          placeholder={reasonRequired ? '请填写取消原因，预约人可以看到' : '取消原因（选填）'}
          onInput={(e) => setReason(e.detail.value)}
        />
        <Text className="bookings-page__hint">
          {reason.length}/{MAX_REASON}
        </Text>
      </View>
    </Dialog>
  );
}
