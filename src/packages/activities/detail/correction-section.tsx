import { useEffect, useState } from 'react';
import { Picker, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Activity, Attendance, Correction, CorrectionStatus } from '@core/activity.types';
import { describeHoursRule, formatHours } from '@core/hours-rounding';
import { shanghaiClock, shanghaiDay } from '@core/shanghai-time';
import { FormField } from '@/components/form-field';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { daysUpToToday } from '@/format/day-bounds';
import { shanghaiToday } from '@/format/shanghai-day';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { requestCorrection } from '@/services/records';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import { momentText } from '@core/date-words';

export interface CorrectionSectionProps {
  activity: Activity;
  /** An attendance the activity's end closed without a check-out. */
  attendance: Attendance;
  /** My latest request for this activity, if any. */
  correction: Correction | null;
  reload: () => Promise<unknown>;
}

const statusLabels: Record<CorrectionStatus, string> = { pending: '待审核', approved: '已通过', rejected: '已驳回' };
const MAX_REASON = 100;

const fieldOrder = ['time', 'reason'] as const;

/** Each field's problem, in Chinese (the server checks again). */
function correctionErrors(checkedOutAt: string, reason: string, attendance: Attendance): FieldErrors<(typeof fieldOrder)[number]> {
  const time = timeProblem(checkedOutAt, attendance);
  return {
    ...(time ? { time } : {}),
    ...(reason.trim().length < 2 ? { reason: '请填写原因（至少 2 个字）' } : {}),
  };
}

/** The problem with the chosen time, in Chinese, or null (the server checks again). */
function timeProblem(checkedOutAt: string, attendance: Attendance): string | null {
  const ms = Date.parse(checkedOutAt);
  if (Number.isNaN(ms)) return '请选择签退时间';
  if (attendance.checkedInAt && ms <= Date.parse(attendance.checkedInAt)) return '签退时间应晚于签到时间';
  if (ms > Date.now()) return '签退时间不能晚于现在';
  return null;
}

/** 申请补录: the rule that closed my attendance, and a request for my real check-out time (or its status). */
export function CorrectionSection({ activity, attendance, correction, reload }: CorrectionSectionProps) {
  const end = new Date(activity.endAt);
  const [day, setDay] = useState(shanghaiDay(end));
  const [clock, setClock] = useState(shanghaiClock(end));
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  // The real check-out was on a day between the check-in and today.
  const days = daysUpToToday(shanghaiDay(new Date(attendance.checkedInAt ?? activity.startAt)), shanghaiToday());
  useEffect(() => recheck(correctionErrors(`${day}T${clock}:00+08:00`, reason, attendance)), [day, clock, reason, attendance, recheck]);
  // A rejected request may be followed by a new one only if the server allows; it answers CORRECTION_EXISTS otherwise.
  const showForm = !correction || correction.status === 'rejected';
  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    void prepareSubscriptions('correctionRequest');
  }, []);

  async function submit() {
    if (sending) return;
    const checkedOutAt = `${day}T${clock}:00+08:00`;
    if (fieldErrors.show(correctionErrors(checkedOutAt, reason, attendance))) return;
    // The organiser's decision reaches the phone only with consent, asked at this tap (weapp only).
    await askSubscriptions('correctionRequest');
    setSending(true);
    const reply = await requestCorrection({ activityId: activity.activityId, checkedOutAt, reason: reason.trim() });
    setSending(false);
    if (!reply.ok) return void toastMessage(reply.message);
    toastSuccess('已提交申请');
    await reload();
  }

  return (
    <View className="activities-page__card correction-section">
      <Text className="activities-page__card-title">未签退</Text>
      <Text className="activities-page__line correction-section__rule">
        本活动要求签退。你未签退，活动结束时签到记录已自动结束，
        {attendance.minutes !== null ? `按规则计入 ${formatHours(attendance.minutes)}` : '按规则计算时长'}。时长规则：
        {describeHoursRule(activity.hoursRule)}
      </Text>
      {correction && (
        <View className={`correction-section__status correction-section__status--${correction.status}`}>
          <Text className="activities-page__line">
            补录申请：{statusLabels[correction.status]}（申请签退时间 {momentText(correction.requestedCheckoutAt)}）
          </Text>
          {correction.status === 'approved' && correction.minutes !== null && (
            <Text className="activities-page__line">已按补录时间计入 {formatHours(correction.minutes)}</Text>
          )}
          {correction.status === 'rejected' && correction.decisionReason && (
            <Text className="activities-page__line">驳回原因：{correction.decisionReason}</Text>
          )}
        </View>
      )}
      {showForm && (
        <View className="correction-form">
          <Text className="activities-page__card-title">申请补录</Text>
          <FormField name="day" label="签退日期" required>
            <Picker mode="date" value={day} start={days.start} end={days.end} onChange={(e) => setDay(String(e.detail.value))}>
              <Text className="activities-page__picker-value correction-form__day">{day}</Text>
            </Picker>
          </FormField>
          <FormField name="time" label="签退时间" required error={errors.time}>
            <Picker
              mode="time"
              value={clock}
              start="00:00"
              end={day === shanghaiToday() ? shanghaiClock(new Date()) : '23:59'}
              onChange={(e) => setClock(String(e.detail.value))}
            >
              <Text className="activities-page__picker-value correction-form__clock">{clock}</Text>
            </Picker>
          </FormField>
          <FormField name="reason" label="原因" required stacked error={errors.reason}>
            <Textarea
              className="activities-page__textarea correction-form__reason"
              value={reason}
              maxlength={MAX_REASON}
              placeholder="原因，例如 活动结束时手机没电，未能扫签退码"
              onInput={(e) => setReason(e.detail.value)}
            />
          </FormField>
          <Button className="correction-form__submit" variant="primary" disabled={sending} onClick={submit}>
            {sending ? '提交中…' : '提交补录申请'}
          </Button>
        </View>
      )}
    </View>
  );
}
