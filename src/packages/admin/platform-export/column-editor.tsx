import { Input, Picker, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { EXPORT_FIELDS, exportFieldLabels, type ExportColumn } from '@core/platform-export';

/** The picker's choices: each of our fields, then a fixed text. */
const CHOICES = [...EXPORT_FIELDS.map((field) => exportFieldLabels[field]), '固定文本'];
const FIXED = EXPORT_FIELDS.length;

/** One column of a layout: its header, what fills it (a field or a fixed text), and 删除. */
export function ColumnEditor({
  column,
  index,
  onChange,
  onRemove,
}: {
  column: ExportColumn;
  index: number;
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
      <View className="platform-export__field">
        <Text className="platform-export__label">列名</Text>
        <Input
          className="platform-export__input platform-export__header"
          value={column.header}
          maxlength={30}
          placeholder="平台模板中的列名"
          onInput={(event) => onChange({ ...column, header: event.detail.value })}
        />
      </View>
      <Picker mode="selector" range={CHOICES} value={chosen} onChange={(event) => pick(Number(event.detail.value))}>
        <View className="platform-export__field">
          <Text className="platform-export__label">内容</Text>
          <Text className="platform-export__picker-value">{CHOICES[chosen]} ›</Text>
        </View>
      </Picker>
      {'fixed' in column && (
        <View className="platform-export__field">
          <Text className="platform-export__label">固定文本</Text>
          <Input
            className="platform-export__input platform-export__fixed"
            value={column.fixed}
            maxlength={60}
            placeholder="每行都写这段文字"
            onInput={(event) => onChange({ ...column, fixed: event.detail.value })}
          />
        </View>
      )}
    </View>
  );
}
