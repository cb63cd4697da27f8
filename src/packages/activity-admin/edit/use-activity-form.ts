import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import type { Activity } from '@core/activity.types';
import type { ActivityTemplate } from '@core/activity-templates';
import { addDays, shanghaiClock } from '@core/shanghai-time';
import { toastSuccess } from '@/feedback/toast';
import { shanghaiToday } from '@/format/shanghai-day';
import { routes } from '@/navigation/routes';
import { createActivity, updateActivity } from '@/services/activities';
import { applyTemplate, draftFromActivity, emptyDraft, fieldsOf, withFieldLabels, withStart, type ActivityDraft } from './activity-draft';

const ACTIVITY_LENGTH_HOURS = 3;

/** The edit form's state, its helpers (template, 现在开始) and sending it. */
export function useActivityForm(saved: Activity | undefined, defaultTeamId: string) {
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    saved
      ? draftFromActivity(saved)
      : { ...emptyDraft(shanghaiToday()), ...(defaultTeamId ? { audience: 'team', teamId: defaultTeamId } : {}) },
  );
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);

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
    if (uploading) return setError('封面上传中，请稍候');
    const checked = fieldsOf(draft);
    if (!checked.ok) return setError(checked.message);
    setError('');
    setSending(true);
    const reply = saved ? await updateActivity({ ...checked.fields, activityId: saved.activityId }) : await createActivity(checked.fields);
    setSending(false);
    if (!reply.ok) return setError(withFieldLabels(reply.message));
    toastSuccess(saved ? '已保存' : '已发布');
    // 修改活动 is opened from the console, which re-reads the activity when it shows again.
    if (saved && Taro.getCurrentPages().length > 1) return void Taro.navigateBack();
    void Taro.redirectTo({ url: `${routes.activityConsole}?activityId=${reply.data.activity.activityId}` });
  }

  return { draft, change, chooseTemplate, setStart, setCloses, startNow, error, sending, setUploading, submit, editing: !!saved };
}
