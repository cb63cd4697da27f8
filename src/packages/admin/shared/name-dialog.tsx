import { useEffect, useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import '@/components/text-dialog/index.scss';

const fieldOrder = ['name'] as const;

export interface NameDialogProps {
  /** e.g. 添加班级 or 重命名. */
  title: string;
  /** The current name when renaming. @default '' */
  initialName?: string;
  /** Called with the trimmed name once it passes `check`. */
  onConfirm: (name: string) => void;
  onCancel: () => void;
  /** True while saving. @default false */
  sending?: boolean;
  /** @default 30 (an org unit's name) */
  maxLength?: number;
  /** @default 名称 */
  label?: string;
  /** @default 名称 */
  placeholder?: string;
  /** A problem the page can tell before saving (the name is taken), or null. */
  check?: (name: string) => string | null;
  /** The last save's refusal of the name (already in the label's words), beside the field until it changes. */
  error?: string;
}

/**
 * One-line name entry (an org unit's name, a Q&A tag), bounded as the server allows. Its problems show
 * beside the field through the forms kit, never as a toast, and go once the name is changed.
 */
export function NameDialog({
  title,
  initialName = '',
  onConfirm,
  onCancel,
  sending = false,
  maxLength = 30,
  label = '名称',
  placeholder = label,
  check,
  error,
}: NameDialogProps) {
  const [name, setName] = useState(initialName);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, show, recheck } = fieldErrors;
  const problems = (value: string): FieldErrors<'name'> => {
    const problem = value ? check?.(value) : `请填写${label}`;
    return problem ? { name: problem } : {};
  };
  // A refusal from the server arrives after the tap; the caller clears it before each save.
  useEffect(() => {
    if (error) show({ name: error });
  }, [error, show]);

  function change(value: string) {
    setName(value);
    recheck(problems(value.trim()));
  }

  function confirm() {
    const trimmed = name.trim();
    if (sending || show(problems(trimmed))) return;
    onConfirm(trimmed);
  }

  return (
    <Dialog
      className="name-dialog"
      visible
      title={title}
      confirmText={sending ? '保存中…' : '保存'}
      cancelText="取消"
      disableConfirmButton={sending}
      onConfirm={confirm}
      onCancel={onCancel}
      // NutUI calls onClose after every confirm: the caller closes the dialog once the save succeeds.
    >
      <View className="text-dialog__body">
        <FormField name="name" label={label} required stacked error={errors.name} className="name-dialog__field">
          <Input
            className="text-dialog__input name-dialog__input"
            value={name}
            maxlength={maxLength}
            placeholder={placeholder}
            onInput={(e) => change(e.detail.value)}
          />
        </FormField>
      </View>
    </Dialog>
  );
}
