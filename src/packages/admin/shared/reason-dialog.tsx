import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import './reason-dialog.scss';

export interface ReasonDialogProps {
  /** Whom the rejection is about, shown in the title. */
  applicantName: string;
  /** Called with the trimmed reason; the dialog stays open until the caller closes it. */
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  /** True while the rejection is being sent. @default false */
  sending?: boolean;
}

const MAX_REASON = 100;

/** Asks why an application is rejected: the applicant sees this text on 我的. */
export function ReasonDialog({ applicantName, onConfirm, onCancel, sending = false }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return (
    <Dialog
      className="reason-dialog"
      visible
      title={`驳回 ${applicantName} 的申请`}
      confirmText={sending ? '提交中…' : '确认驳回'}
      cancelText="取消"
      disableConfirmButton={!trimmed || sending}
      onConfirm={() => onConfirm(trimmed)}
      onCancel={onCancel}
      onClose={onCancel}
    >
      <View className="reason-dialog__body">
        <Textarea
          className="reason-dialog__input"
          value={reason}
          maxlength={MAX_REASON}
          placeholder="请填写驳回理由，申请人可以看到"
          onInput={(e) => setReason(e.detail.value)}
        />
        <Text className="reason-dialog__count">
          {reason.length}/{MAX_REASON}
        </Text>
      </View>
    </Dialog>
  );
}
