import { useEffect, useState } from 'react';
import { Input, Switch, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Activity } from '@core/activity.types';
import { MEMBER_NO_PATTERN } from '@core/membership-fields';
import { addDays, shanghaiClock, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { FormField } from '@/components/form-field';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { addAttendance } from '@/services/records';
import { DayClockField } from '../shared/day-clock-picker';

type Moment = { day: string; clock: string };

const momentOf = (iso: string): Moment => ({ day: shanghaiDay(new Date(iso)), clock: shanghaiClock(new Date(iso)) });
const isoOf = (moment: Moment) => shanghaiInstant(moment.day, moment.clock).toISOString();
const label = (moment: Moment) => `${moment.day} ${moment.clock}`;

const fieldOrder = ['memberNo', 'checkout', 'reason'] as const;
type ManualField = (typeof fieldOrder)[number];

interface ManualForm {
  memberNo: string;
  checkin: Moment;
  withCheckout: boolean;
  checkout: Moment;
  reason: string;
}

function manualErrors(form: ManualForm): FieldErrors<ManualField> {
  const errors: FieldErrors<ManualField> = {};
  if (!MEMBER_NO_PATTERN.test(form.memberNo.trim())) errors.memberNo = '学号/工号应为 6–20 位字母或数字';
  if (form.withCheckout && Date.parse(isoOf(form.checkout)) <= Date.parse(isoOf(form.checkin))) errors.checkout = '签退时间应晚于签到时间';
  if (form.reason.trim().length < 2) errors.reason = '请填写补录原因（至少 2 个字）';
  return errors;
}

/** 手动补录: a missed attendance by member number, times and a reason; confirmed first, audited by the server. */
export function ManualPanel({ activity }: { activity: Activity }) {
  const [memberNo, setMemberNo] = useState('');
  const [checkin, setCheckin] = useState<Moment>(() => momentOf(activity.startAt));
  const [withCheckout, setWithCheckout] = useState(activity.checkoutRequired);
  const [checkout, setCheckout] = useState<Moment>(() => momentOf(activity.endAt));
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  const form = { memberNo, checkin, withCheckout, checkout, reason };
  // Around the activity's days: an attendance is recorded for the day it happened.
  const days = { start: addDays(shanghaiDay(new Date(activity.startAt)), -1), end: addDays(shanghaiDay(new Date(activity.endAt)), 1) };
  useEffect(
    () => recheck(manualErrors({ memberNo, checkin, withCheckout, checkout, reason })),
    [memberNo, checkin, withCheckout, checkout, reason, recheck],
  );

  async function submit() {
    if (sending) return;
    if (fieldErrors.show(manualErrors(form))) return;
    const confirmed = await confirmDestructive({
      title: '确认补录',
      content: `为 ${memberNo.trim().toUpperCase()} 补录签到 ${label(checkin)}${withCheckout ? `、签退 ${label(checkout)}` : ''}。补录将记入操作记录，确定吗？`,
      confirmText: '补录',
    });
    if (!confirmed) return;
    setSending(true);
    const reply = await addAttendance({
      activityId: activity.activityId,
      memberNo: memberNo.trim(),
      checkedInAt: isoOf(checkin),
      checkedOutAt: withCheckout ? isoOf(checkout) : null,
      reason: reason.trim(),
    });
    setSending(false);
    if (!reply.ok) return void toastMessage(reply.message);
    toastSuccess(`已补录 ${reply.data.attendance.name}`);
    setMemberNo('');
    setReason('');
  }

  return (
    <View className="activity-admin__card manual-panel">
      <FormField name="memberNo" label="学号/工号" required error={errors.memberNo} className="manual-panel__member-no">
        <Input
          className="activity-admin__input"
          value={memberNo}
          maxlength={20}
          placeholder="成员的学号或工号"
          onInput={(e) => setMemberNo(e.detail.value)}
        />
      </FormField>
      <DayClockField
        name="checkin"
        label="签到时间"
        required
        startDay={days.start}
        endDay={days.end}
        className="manual-panel__checkin"
        day={checkin.day}
        clock={checkin.clock}
        onChange={(day, clock) => setCheckin({ day, clock })}
      />
      <View className="activity-admin__field manual-panel__with-checkout">
        <Text className="activity-admin__label">同时补录签退</Text>
        <Switch aria-label="同时补录签退" checked={withCheckout} onChange={(e) => setWithCheckout(e.detail.value)} />
      </View>
      {withCheckout && (
        <DayClockField
          name="checkout"
          label="签退时间"
          required
          error={errors.checkout}
          startDay={checkin.day}
          endDay={days.end}
          className="manual-panel__checkout"
          day={checkout.day}
          clock={checkout.clock}
          onChange={(day, clock) => setCheckout({ day, clock })}
        />
      )}
      <FormField name="reason" label="补录原因" required error={errors.reason} className="manual-panel__reason">
        <Input
          className="activity-admin__input"
          value={reason}
          maxlength={100}
          placeholder="例如 手机没电，现场核实到场"
          onInput={(e) => setReason(e.detail.value)}
        />
      </FormField>
      <Text className="activity-admin__hint">时间为北京时间；补录与原因会记入操作记录</Text>
      <Button className="manual-panel__submit" variant="primary" disabled={sending} onClick={() => void submit()}>
        {sending ? '提交中…' : '提交补录'}
      </Button>
    </View>
  );
}
