import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import './index.scss';

export interface TextDialogProps {
  title: string;
  placeholder: string;
  /** The verb on the confirm button, e.g. 提交举报. */
  confirmText: string;
  /** Text already in the field (editing). @default '' */
  initial?: string;
  /** @default 100 */
  maxLength?: number;
  /** Returns the Chinese reason the text cannot be sent, or null. */
  check: (text: string) => string | null;
  /** Called with the trimmed text; the dialog stays open until the caller closes it. */
  onConfirm: (text: string) => void;
  onCancel: () => void;
  /** True while the text is being sent. @default false */
  sending?: boolean;
  /** An extra class on the dialog, for a caller's own selectors. */
  className?: string;
}

/** A free-text prompt (report reason, moderation reason, correction): showModal has no text field on H5. */
export function TextDialog({
  title,
  placeholder,
  confirmText,
  initial = '',
  maxLength = 100,
  check,
  onConfirm,
  onCancel,
  sending = false,
  className,
}: TextDialogProps) {
  const [text, setText] = useState(initial);
  const problem = check(text);
  return (
    <Dialog
      className={className ? `text-dialog ${className}` : 'text-dialog'}
      visible
      title={title}
      confirmText={sending ? '提交中…' : confirmText}
      cancelText="取消"
      disableConfirmButton={problem !== null || sending}
      onConfirm={() => onConfirm(text.trim())}
      onCancel={onCancel}
      onClose={onCancel}
    >
      <View className="text-dialog__body">
        <Textarea
          className="text-dialog__input"
          value={text}
          maxlength={maxLength}
          placeholder={placeholder}
          onInput={(e) => setText(e.detail.value)}
        />
        <Text className="text-dialog__count">
          {text.length}/{maxLength}
        </Text>
      </View>
    </Dialog>
  );
}
