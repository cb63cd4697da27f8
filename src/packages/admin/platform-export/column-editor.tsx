import { Input, Picker, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { EXPORT_FIELDS, exportFieldLabels, type ExportColumn } from '@core/platform-export';
import { FormField } from '@/components/form-field';
import { headerKey } from './layout-errors';

/** The picker's choices: each of our fields, then a fixed text. */
const CHOICES = [...EXPORT_FIELDS.map((field) => exportFieldLabels[field]), '固定文本'];
const FIXED = EXPORT_FIELDS.length;

/** One column of a layout: its header, what fills it (a field or a fixed text), and 删除. */
export function ColumnEditor({
  column,
  index,
  headerError,
  onChange,
  onRemove,
}: {
  column: ExportColumn;
  index: number;
  /** The header's error, beside its row. */
  headerError?: string;
  onChange: (column: ExportColumn) => void;
  onRemove: () => void;
}) {
  const chosen = 'field' in column ? EXPORT_FIELDS.indexOf(column.field) : FIXED;
  const pick = (choice: number) =>
    onChange(choice === FIXED ? { header: column.header, fixed: '' } : { header: column.header, field: EXPORT_FIELDS[choice] });
  return (
    <View className={`platform-export__column platform-export__column--${index}`}>
      <View className="platform-export__column-head">
        <Text className="platform-export__column-no">第 {index + 1} 列</Text>
        <Button variant="text" className="platform-export__column-remove" onClick={onRemove}>
          删除
        </Button>
      </View>
      <FormField name={headerKey(index)} label="列名" required error={headerError} className="platform-export__header">
        <Input
          className="platform-export__input"
          value={column.header}
          maxlength={30}
          placeholder="平台模板中的列名"
          onInput={(event) => onChange({ ...column, header: event.detail.value })}
        />
      </FormField>
      <Picker mode="selector" range={CHOICES} value={chosen} onChange={(event) => pick(Number(event.detail.value))}>
        <FormField name={`column-${index}-content`} label="内容" required className="platform-export__content">
          <Text className="platform-export__picker-value">{CHOICES[chosen]} ›</Text>
        </FormField>
      </Picker>
      {'fixed' in column && (
        <FormField name={`column-${index}-fixed`} label="固定文本" className="platform-export__fixed" hint="每行都写这段文字，可留空">
          <Input
            className="platform-export__input"
            value={column.fixed}
            maxlength={60}
            placeholder="例如：星火学院团委"
            onInput={(event) => onChange({ ...column, fixed: event.detail.value })}
          />
        </FormField>
      )}
    </View>
  );
}
