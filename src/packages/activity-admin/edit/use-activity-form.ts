import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { Activity } from '@core/activity.types';
import type { ActivityTemplate } from '@core/activity-templates';
import { fieldLabels } from '@core/field-labels';
import { addDays, shanghaiClock } from '@core/shanghai-time';
import { toastMessage, toastSuccessAfter } from '@/feedback/toast';
import { shanghaiToday } from '@/format/shanghai-day';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { routes } from '@/navigation/routes';
import { createActivity, updateActivity } from '@/services/activities';
import {
  applyTemplate,
  draftErrors,
  draftFieldOrder,
  draftFromActivity,
  emptyDraft,
  fieldsOf,
  withFieldLabels,
  withStart,
  type ActivityDraft,
  type DraftField,
} from './activity-draft';

const ACTIVITY_LENGTH_HOURS = 3;

/** How the server names each row's param (core/field-labels.ts), so its refusal shows beside the row. */
const serverLabels: Partial<Record<DraftField, string>> = {
  title: fieldLabels.title,
  place: fieldLabels.place,
  radius: fieldLabels.radiusMeters,
  start: fieldLabels.startAt,
  end: fieldLabels.endAt,
  opens: fieldLabels.signUpOpensAt,
  closes: fieldLabels.signUpClosesAt,
  capacity: fieldLabels.capacity,
  audience: fieldLabels.audience,
  fixedMinutes: fieldLabels.fixedMinutes,
  earlyMinutes: fieldLabels.earlyMinutes,
  lateMinutes: fieldLabels.lateMinutes,
};

/** The edit form's state, its helpers (template, 现在开始) and sending it. */
export function useActivityForm(saved: Activity | undefined, defaultTeamId: string) {
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    saved
      ? draftFromActivity(saved)
      : { ...emptyDraft(shanghaiToday()), ...(defaultTeamId ? { audience: 'team', teamId: defaultTeamId } : {}) },
  );
  const fieldErrors = useFieldErrors(draftFieldOrder);
  const { recheck } = fieldErrors;
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);

  // A fixed row's error goes as soon as it is fixed.
  useEffect(() => recheck(draftErrors(draft)), [draft, recheck]);

  const change = useCallback((patch: Partial<ActivityDraft>) => setDraft((previous) => ({ ...previous, ...patch })), []);
  const chooseTemplate = (template: ActivityTemplate) => setDraft((previous) => applyTemplate(previous, template, shanghaiToday()));
  const setStart = (day: string, clock: string) => setDraft((previous) => withStart(previous, day, clock));
  const setCloses = (closesDay: string, closesClock: string) => change({ closesDay, closesClock, closesFollowStart: false });

  /** An activity starting now (a spontaneous one, or a rehearsal): sign-up stays open until it ends. */
  function startNow() {
    const now = new Date();
    const end = new Date(now.getTime() + ACTIVITY_LENGTH_HOURS * 3_600_000);
    const today = shanghaiToday();
    const endDay = shanghaiClock(end) < shanghaiClock(now) ? addDays(today, 1) : today;
    setDraft((previous) => ({
      ...previous,
      startDay: today,
      startClock: shanghaiClock(now),
      endDay,
      endClock: shanghaiClock(end),
      opensDay: today,
      opensClock: '00:00',
      closesDay: endDay,
      closesClock: shanghaiClock(end),
      closesFollowStart: false,
    }));
  }

  async function submit() {
    if (sending) return;
    if (uploading) return void toastMessage('封面上传中，请稍候');
    const checked = fieldsOf(draft);
    // Beside their rows only, the first scrolled into view: no toast repeats them.
    if (!checked.ok) return void fieldErrors.show(checked.errors);
    fieldErrors.reset();
    setSending(true);
    const reply = saved ? await updateActivity({ ...checked.fields, activityId: saved.activityId }) : await createActivity(checked.fields);
    setSending(false);
    if (!reply.ok) {
      if (!fieldErrors.showServer(reply.message, serverLabels)) toastMessage(withFieldLabels(reply.message));
      return;
    }
    // 修改活动 is opened from the console, which re-reads the activity when it shows again.
    const leave =
      saved && Taro.getCurrentPages().length > 1
        ? () => Taro.navigateBack()
        : () => Taro.redirectTo({ url: `${routes.activityConsole}?activityId=${reply.data.activity.activityId}` });
    void toastSuccessAfter(saved ? '已保存' : '已发布', leave);
  }

  return {
    draft,
    change,
    chooseTemplate,
    setStart,
    setCloses,
    startNow,
    errors: fieldErrors.errors,
    sending,
    setUploading,
    submit,
    editing: !!saved,
  };
}
