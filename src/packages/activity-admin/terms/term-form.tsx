import { useEffect, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Term } from '@core/activity.types';
import { fieldLabels } from '@core/field-labels';
import { isRealDay } from '@core/shanghai-time';
import { FormField } from '@/components/form-field';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { termDays } from '@/format/day-bounds';
import { shanghaiToday } from '@/format/shanghai-day';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { saveTerm } from '@/services/records';
import { suggestedTerm } from './suggested-term';

export interface TermFormProps {
  /** The term being edited; absent when adding one. */
  term?: Term;
  onSaved: (term: Term) => void;
  onCancel: () => void;
}

const fieldOrder = ['name', 'startDay', 'endDay'] as const;
type TermField = (typeof fieldOrder)[number];
const serverLabels = { name: fieldLabels.name, startDay: fieldLabels.startDay, endDay: fieldLabels.endDay };

function termErrors(name: string, startDay: string, endDay: string): FieldErrors<TermField> {
  const errors: FieldErrors<TermField> = {};
  if (name.trim().length < 2) errors.name = '学期名称至少 2 个字';
  if (!isRealDay(startDay)) errors.startDay = '请选择开始日期';
  if (!isRealDay(endDay)) errors.endDay = '请选择结束日期';
  else if (isRealDay(startDay) && endDay < startDay) errors.endDay = '结束日期应不早于开始日期';
  return errors;
}

/** A term's name and its first and last day (inclusive, Shanghai days); overlaps are refused by the server. */
export function TermForm({ term, onSaved, onCancel }: TermFormProps) {
  const [initial] = useState(() => term ?? suggestedTerm(shanghaiToday()));
  const [bounds] = useState(() => termDays(shanghaiToday()));
  const [name, setName] = useState(initial.name);
  const [startDay, setStartDay] = useState(initial.startDay);
  const [endDay, setEndDay] = useState(initial.endDay);
  const [sending, setSending] = useState(false);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  useEffect(() => recheck(termErrors(name, startDay, endDay)), [name, startDay, endDay, recheck]);

  async function submit() {
    if (sending) return;
    if (fieldErrors.show(termErrors(name, startDay, endDay))) return;
    setSending(true);
    const reply = await saveTerm({ ...(term ? { termId: term.termId } : {}), name: name.trim(), startDay, endDay });
    setSending(false);
    // An overlap with another term is about the dates, but names no field: a toast.
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, serverLabels) || toastMessage(reply.message));
    toastSuccess(term ? '已保存' : '已添加');
    onSaved(reply.data.term);
  }

  const dayRow = (key: 'startDay' | 'endDay', label: string, value: string, onChange: (day: string) => void, className: string) => (
    <FormField name={key} label={label} required error={errors[key]} className={className}>
      <Picker
        mode="date"
        value={value}
        start={key === 'endDay' && isRealDay(startDay) ? startDay : bounds.start}
        end={bounds.end}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <Text className={`activity-admin__picker ${value ? '' : 'activity-admin__picker--empty'}`}>{value || '选择日期'}</Text>
      </Picker>
    </FormField>
  );

  return (
    <View className="activity-admin__card term-form">
      <Text className="activity-admin__card-title">{term ? '修改学期' : '新增学期'}</Text>
      <FormField name="name" label="学期名称" required error={errors.name} className="term-form__name">
        <Input
          className="activity-admin__input"
          value={name}
          maxlength={30}
          placeholder="例如 2025–2026 学年第二学期"
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
      {dayRow('startDay', '开始日期', startDay, setStartDay, 'term-form__start')}
      {dayRow('endDay', '结束日期', endDay, setEndDay, 'term-form__end')}
      <View className="activity-admin__actions">
        <Button className="term-form__cancel" onClick={onCancel}>
          取消
        </Button>
        <Button className="term-form__submit" variant="primary" block={false} disabled={sending} onClick={() => void submit()}>
          {sending ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  );
}
