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
}

/** One-line name entry for an org unit (at most 30 characters, as saveOrgUnit allows). */
export function NameDialog({ title, initialName = '', onConfirm, onCancel, sending = false }: NameDialogProps) {
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
          maxlength={30}
          placeholder="名称"
          onInput={(e) => setName(e.detail.value)}
        />
      </View>
    </Dialog>
  );
}
