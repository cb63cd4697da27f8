import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import '@/components/text-dialog/index.scss';

export interface NameDialogProps {
  /** e.g. 添加班级 or 重命名. */
  title: string;
  /** The current name when renaming. @default '' */
  initialName?: string;
  /** Called with the trimmed name. */
  onConfirm: (name: string) => void;
  onCancel: () => void;
  /** True while saving. @default false */
  sending?: boolean;
  /** @default 30 (an org unit's name) */
  maxLength?: number;
  /** @default 名称 */
  placeholder?: string;
}

/** One-line name entry (an org unit's name, a Q&A tag), bounded as the server allows. */
export function NameDialog({
  title,
  initialName = '',
  onConfirm,
  onCancel,
  sending = false,
  maxLength = 30,
  placeholder = '名称',
}: NameDialogProps) {
  const [name, setName] = useState(initialName);
  const trimmed = name.trim();
  return (
    <Dialog
      className="name-dialog"
      visible
      title={title}
      confirmText={sending ? '保存中…' : '保存'}
      cancelText="取消"
      disableConfirmButton={!trimmed || sending}
      onConfirm={() => onConfirm(trimmed)}
      onCancel={onCancel}
      onClose={onCancel}
    >
      <View className="text-dialog__body">
        <Input
          className="text-dialog__input name-dialog__input"
          value={name}
          maxlength={maxLength}
          placeholder={placeholder}
          onInput={(e) => setName(e.detail.value)}
        />
      </View>
    </Dialog>
  );
}
