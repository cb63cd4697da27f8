import { Input, Switch, Text, View } from '@tarojs/components';
import { HOURS_ROUNDINGS, type HoursRounding } from '@core/activity.types';
import { roundingLabels } from '@core/hours-rounding';
import { FormField } from '@/components/form-field';
import { ChoiceChips } from '@/components/choice-chips';
import type { ActivityDraft } from './activity-draft';

const roundingNames: Record<HoursRounding, string> = { standard: '标准规则', half_hour_floor: '按半小时', exact: '按分钟' };

type HoursDraft = Pick<
  ActivityDraft,
  'hoursKind' | 'fixedMinutes' | 'rounding' | 'checkoutRequired' | 'allowWalkIn' | 'earlyMinutes' | 'lateMinutes'
>;

export interface HoursFieldProps {
  draft: HoursDraft;
  /** The form's errors of this card's number rows. */
  errors: Partial<Record<'fixedMinutes' | 'earlyMinutes' | 'lateMinutes', string>>;
  onChange: (change: Partial<HoursDraft>) => void;
}

/** 时长与签到规则: how hours are credited (the rule students read before signing up) and the check-in window. */
export function HoursField({ draft, errors, onChange }: HoursFieldProps) {
  const numberRow = (key: 'fixedMinutes' | 'earlyMinutes' | 'lateMinutes', label: string, placeholder: string) => (
    <FormField name={key} label={label} required error={errors[key]} className={`hours-field__${key}`}>
      <Input
        className="activity-admin__input"
        type="number"
        value={draft[key]}
        maxlength={4}
        placeholder={placeholder}
        onInput={(e) => onChange({ [key]: e.detail.value })}
      />
    </FormField>
  );
  return (
    <View className="activity-admin__card hours-field">
      <Text className="activity-admin__card-title">时长规则</Text>
      <ChoiceChips
        choices={[
          { value: 'measured', label: '按签到签退计时', className: 'hours-kind--measured' },
          { value: 'fixed', label: '固定时长', className: 'hours-kind--fixed' },
        ]}
        value={draft.hoursKind}
        onChange={(hoursKind) => onChange({ hoursKind })}
      />
      {draft.hoursKind === 'fixed' ? (
        numberRow('fixedMinutes', '固定时长（分钟）', '例如 180')
      ) : (
        <>
          <ChoiceChips
            choices={HOURS_ROUNDINGS.map((value) => ({ value, label: roundingNames[value], className: `hours-rounding--${value}` }))}
            value={draft.rounding}
            onChange={(rounding) => onChange({ rounding })}
          />
          <Text className="activity-admin__hint hours-field__rule">{roundingLabels[draft.rounding]}</Text>
        </>
      )}
      <View className="activity-admin__field hours-field__checkout">
        <Text className="activity-admin__label">需要签退</Text>
        <Switch aria-label="需要签退" checked={draft.checkoutRequired} onChange={(e) => onChange({ checkoutRequired: e.detail.value })} />
      </View>
      {draft.checkoutRequired && <Text className="activity-admin__hint">未签退的，活动结束时自动按结束时间签退，学生可申请补录</Text>}
      <View className="activity-admin__field hours-field__walk-in">
        <Text className="activity-admin__label">允许未报名现场签到</Text>
        <Switch aria-label="允许未报名现场签到" checked={draft.allowWalkIn} onChange={(e) => onChange({ allowWalkIn: e.detail.value })} />
      </View>
      {numberRow('earlyMinutes', '提前签到（分钟）', '开始前多久可签到')}
      {numberRow('lateMinutes', '延后签到（分钟）', '结束后多久仍可签到/签退')}
    </View>
  );
}
