import { useEffect, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Activity } from '@core/activity.types';
import { rangeText } from '@core/date-words';
import { fieldLabels } from '@core/field-labels';
import { FormField } from '@/components/form-field';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { postponeActivity } from '@/services/activities';
import { DayClockField } from '../shared/day-clock-picker';
import {
  checkPostponeDraft,
  POSTPONE_SHIFTS,
  postponeDayRange,
  postponeDraftOf,
  postponeFieldOrder,
  shiftedDraft,
  type PostponeDraft,
} from './postpone-draft';

const serverLabels = { start: fieldLabels.startAt, end: fieldLabels.endAt, reason: fieldLabels.reason };

export interface PostponeFormProps {
  activity: Activity;
  /** After a move: the console re-reads the activity. */
  onDone: () => Promise<unknown>;
  onCancel: () => void;
}

/** 活动改期: new start and end (pickers bounded to the next 180 days) and a reason the sign-ups read. */
export function PostponeForm({ activity, onDone, onCancel }: PostponeFormProps) {
  const [draft, setDraft] = useState<PostponeDraft>(() => postponeDraftOf(activity));
  const [sending, setSending] = useState(false);
  const range = postponeDayRange();
  const fieldErrors = useFieldErrors(postponeFieldOrder);
  const { errors, recheck } = fieldErrors;
  const change = (patch: Partial<PostponeDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  // A fixed row loses its error at once; the others wait for the next submit.
  useEffect(() => {
    const checked = checkPostponeDraft(draft, activity);
    recheck('errors' in checked ? checked.errors : {});
  }, [draft, activity, recheck]);

  async function submit() {
    if (sending) return;
    const checked = checkPostponeDraft(draft, activity);
    if ('errors' in checked) return void fieldErrors.show(checked.errors);
    const confirmed = await confirmDestructive({
      title: '确认改期',
      content: `改至 ${rangeText(checked.startAt, checked.endAt)}。已报名的 ${activity.signedUpCount} 人保留名额并会收到通知，可选择退出报名。`,
      confirmText: '确认改期',
    });
    if (!confirmed) return;
    setSending(true);
    const reply = await postponeActivity({ activityId: activity.activityId, ...checked });
    setSending(false);
    // A field the server names goes beside it; a refusal about the activity (already begun…) is explained.
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, serverLabels) || (await explain('改期未成功', reply.message)));
    toastSuccess(`已改期，已通知 ${reply.data.notified} 人`);
    await onDone();
  }

  return (
    <View className="activity-admin__card postpone-form">
      <Text className="activity-admin__card-title">活动改期</Text>
      <View className="activity-admin__actions postpone-form__shifts">
        {POSTPONE_SHIFTS.map((shift) => (
          <Button
            variant="text"
            key={shift.key}
            className={`activity-admin__link postpone-form__shift postpone-form__shift--${shift.key}`}
            onClick={() => setDraft((previous) => shiftedDraft(activity, shift.minutes, previous.reason))}
          >
            {shift.label}
          </Button>
        ))}
      </View>
      <DayClockField
        name="start"
        label="新的开始"
        required
        error={errors.start}
        className="postpone-form__start"
        day={draft.startDay}
        clock={draft.startClock}
        startDay={range.startDay}
        endDay={range.endDay}
        onChange={(startDay, startClock) => change({ startDay, startClock })}
      />
      <DayClockField
        name="end"
        label="新的结束"
        required
        error={errors.end}
        className="postpone-form__end"
        day={draft.endDay}
        clock={draft.endClock}
        startDay={draft.startDay || range.startDay}
        endDay={range.endDay}
        onChange={(endDay, endClock) => change({ endDay, endClock })}
      />
      <FormField name="reason" label="改期原因" required stacked error={errors.reason} className="postpone-form__reason">
        <Textarea
          className="activity-admin__textarea"
          value={draft.reason}
          maxlength={100}
          placeholder="已报名的同学会看到这条原因"
          onInput={(e) => change({ reason: e.detail.value })}
        />
      </FormField>
      <View className="activity-admin__actions">
        <Button className="postpone-form__submit" variant="primary" block={false} disabled={sending} onClick={() => void submit()}>
          {sending ? '提交中…' : '确认改期'}
        </Button>
        <Button className="postpone-form__back" onClick={onCancel}>
          返回
        </Button>
      </View>
    </View>
  );
}
