import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { checkMembershipForm, type MembershipFormErrors, type MembershipFormInput } from '@core/membership-fields';
import type { MemberKind, MembershipApplication } from '@core/membership.types';
import { ChoiceChips } from '@/components/choice-chips';
import { toastMessage } from '@/feedback/toast';
import { applyMembership } from '@/services/membership';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import type { FormOptions } from './load-form-options';
import { OrgUnitPicker } from './org-unit-picker';

export interface MembershipFormProps {
  /** Org units and teams to choose from. */
  options: FormOptions;
  /** Called with the queued application once the server has accepted it. */
  onSubmitted: (application: MembershipApplication) => void;
}

const emptyForm: MembershipFormInput = { name: '', memberNo: '', kind: '', orgUnitId: '', orgUnitIsClass: false, teamId: '', phone: '' };

/** Name, number, kind, unit, optional team and phone; checked here with the server's own rules, then sent. */
export function MembershipForm({ options, onSubmitted }: MembershipFormProps) {
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<MembershipFormErrors>({});
  const [sending, setSending] = useState(false);

  // The prompt must open in the tap's own turn, so its templates are fetched before the tap.
  useEffect(() => void prepareSubscriptions('membershipApply'), []);

  const update = (patch: Partial<MembershipFormInput>) => setForm((previous) => ({ ...previous, ...patch }));

  function chooseKind(kind: MemberKind) {
    // A teacher's unit may be a branch; switching to student must not keep a non-class.
    update(kind === 'student' && !form.orgUnitIsClass ? { kind, orgUnitId: '', orgUnitIsClass: false } : { kind });
  }

  async function submit() {
    if (sending) return;
    const found = checkMembershipForm(form);
    setErrors(found);
    const first = Object.values(found)[0];
    if (first) {
      toastMessage(first);
      return;
    }
    setSending(true);
    // WeChat only (a no-op on H5): ask to be told the review's outcome, then apply whatever the answer.
    await askSubscriptions('membershipApply');
    const reply = await applyMembership({
      name: form.name.trim(),
      memberNo: form.memberNo.trim(),
      kind: form.kind as MemberKind,
      orgUnitId: form.orgUnitId,
      ...(form.teamId ? { teamId: form.teamId } : {}),
      ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
    });
    setSending(false);
    if (!reply.ok) {
      // The envelope's message is already Chinese (e.g. 该学号/工号已被其他微信账号绑定…).
      toastMessage(reply.message);
      if (reply.code === 'MEMBER_NO_TAKEN') setErrors({ memberNo: reply.message });
      return;
    }
    onSubmitted(reply.data.application);
  }

  return (
    <View className="membership-form">
      <View className="membership-form__group">
        <View className="membership-form__field membership-form__name">
          <Text className="membership-form__label">姓名</Text>
          <Input
            className="membership-form__input"
            value={form.name}
            maxlength={20}
            placeholder="真实姓名"
            onInput={(e) => update({ name: e.detail.value })}
          />
        </View>
        {errors.name && <Text className="membership-form__error">{errors.name}</Text>}
        <View className="membership-form__field membership-form__kind">
          <Text className="membership-form__label">身份</Text>
          <ChoiceChips
            value={form.kind}
            choices={[
              { value: 'student', label: '学生', className: 'membership-form__kind-student' },
              { value: 'teacher', label: '教师', className: 'membership-form__kind-teacher' },
            ]}
            onChange={chooseKind}
          />
        </View>
        {errors.kind && <Text className="membership-form__error">{errors.kind}</Text>}
        <View className="membership-form__field membership-form__member-no">
          <Text className="membership-form__label">{form.kind === 'teacher' ? '工号' : '学号'}</Text>
          <Input
            className="membership-form__input"
            value={form.memberNo}
            maxlength={20}
            placeholder="6–20 位字母或数字"
            onInput={(e) => update({ memberNo: e.detail.value })}
          />
        </View>
        {errors.memberNo && <Text className="membership-form__error">{errors.memberNo}</Text>}
        <OrgUnitPicker
          units={options.units}
          kind={form.kind}
          value={form.orgUnitId}
          error={errors.orgUnitId}
          onChange={(unit) => update({ orgUnitId: unit.orgUnitId, orgUnitIsClass: unit.kind === 'class' })}
        />
        <View className="membership-form__field membership-form__phone">
          <Text className="membership-form__label">手机号</Text>
          <Input
            className="membership-form__input"
            type="number"
            value={form.phone}
            maxlength={11}
            placeholder="选填，仅本人和团委可见"
            onInput={(e) => update({ phone: e.detail.value })}
          />
        </View>
        {errors.phone && <Text className="membership-form__error">{errors.phone}</Text>}
      </View>

      <View className="membership-form__group membership-form__teams">
        <Text className="membership-form__section">服务队（选填）</Text>
        <ChoiceChips
          value={form.teamId}
          choices={[
            { value: '', label: '暂不加入', className: 'membership-form__team membership-form__team--none' },
            ...options.teams.map((team) => ({
              value: team.teamId,
              label: team.name,
              className: `membership-form__team membership-form__team--${team.teamId}`,
            })),
          ]}
          onChange={(teamId) => update({ teamId })}
        />
      </View>

      <Button className="membership-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '提交中…' : '提交申请'}
      </Button>
    </View>
  );
}
