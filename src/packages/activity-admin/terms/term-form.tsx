import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Term } from '@core/activity.types';
import { isRealDay } from '@core/shanghai-time';
import { toastSuccess } from '@/feedback/toast';
import { shanghaiToday } from '@/format/shanghai-day';
import { saveTerm } from '@/services/records';
import { suggestedTerm } from './suggested-term';

export interface TermFormProps {
  /** The term being edited; absent when adding one. */
  term?: Term;
  onSaved: (term: Term) => void;
  onCancel: () => void;
}

/** A term's name and its first and last day (inclusive, Shanghai days); overlaps are refused by the server. */
export function TermForm({ term, onSaved, onCancel }: TermFormProps) {
  const [initial] = useState(() => term ?? suggestedTerm(shanghaiToday()));
  const [name, setName] = useState(initial.name);
  const [startDay, setStartDay] = useState(initial.startDay);
  const [endDay, setEndDay] = useState(initial.endDay);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  async function submit() {
    if (sending) return;
    if (name.trim().length < 2) return setError('学期名称至少 2 个字');
    if (!isRealDay(startDay) || !isRealDay(endDay)) return setError('请选择开始和结束日期');
    if (endDay < startDay) return setError('结束日期应不早于开始日期');
    setError('');
    setSending(true);
    const reply = await saveTerm({ ...(term ? { termId: term.termId } : {}), name: name.trim(), startDay, endDay });
    setSending(false);
    if (!reply.ok) return setError(reply.message);
    toastSuccess(term ? '已保存' : '已添加');
    onSaved(reply.data.term);
  }

  const dayRow = (label: string, value: string, onChange: (day: string) => void, className: string) => (
    <View className={`activity-admin__field ${className}`}>
      <Text className="activity-admin__label">{label}</Text>
      <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <Text className={`activity-admin__picker ${value ? '' : 'activity-admin__picker--empty'}`}>{value || '选择日期'}</Text>
      </Picker>
    </View>
  );

  return (
    <View className="activity-admin__card term-form">
      <Text className="activity-admin__card-title">{term ? '修改学期' : '新增学期'}</Text>
      <View className="activity-admin__field term-form__name">
        <Text className="activity-admin__label">学期名称</Text>
        <Input
          className="activity-admin__input"
          value={name}
          maxlength={30}
          placeholder="例如 2025–2026 学年第二学期"
          onInput={(e) => setName(e.detail.value)}
        />
      </View>
      {dayRow('开始日期', startDay, setStartDay, 'term-form__start')}
      {dayRow('结束日期', endDay, setEndDay, 'term-form__end')}
      {error && <Text className="activity-admin__error term-form__error">{error}</Text>}
      <View className="activity-admin__actions">
        <Button className="term-form__cancel" size="small" onClick={onCancel}>
          取消
        </Button>
        <Button className="term-form__submit" size="small" type="primary" disabled={sending} onClick={() => void submit()}>
          {sending ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  );
}
