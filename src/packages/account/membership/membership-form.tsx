import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { fieldLabels } from '@core/field-labels';
import { checkMembershipForm, type MembershipFormInput } from '@core/membership-fields';
import type { MemberKind, MembershipApplication } from '@core/membership.types';
import { ChoiceChips } from '@/components/choice-chips';
import { FieldError, FormField } from '@/components/form-field';
import { toastMessage } from '@/feedback/toast';
import { fieldAnchorId } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
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

/** The rows top to bottom (the first error is scrolled to). */
const fieldOrder = ['name', 'kind', 'memberNo', 'orgUnitId', 'phone', 'teamId'] as const;

/** How the server names each field: the contract's labels, and the handler's own sentences (所在组织已不存在…). */
const serverLabels = {
  name: fieldLabels.name,
  memberNo: fieldLabels.memberNo,
  kind: fieldLabels.kind,
  orgUnitId: '所在组织',
  phone: fieldLabels.phone,
  teamId: fieldLabels.teamId,
};

/** Name, number, kind, unit, optional team and phone; checked here with the server's own rules, then sent. */
export function MembershipForm({ options, onSubmitted }: MembershipFormProps) {
  const [form, setForm] = useState(emptyForm);
  const [sending, setSending] = useState(false);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  // A fixed row loses its error at once; rows not yet complained about wait for the next submit.
  useEffect(() => recheck(checkMembershipForm(form)), [form, recheck]);

  // The prompt must open in the tap's own turn, so its templates are fetched before the tap.
  useEffect(() => void prepareSubscriptions('membershipApply'), []);

  const update = (patch: Partial<MembershipFormInput>) => setForm((previous) => ({ ...previous, ...patch }));

  function chooseKind(kind: MemberKind) {
    // A teacher's unit may be a branch; switching to student must not keep a non-class.
    update(kind === 'student' && !form.orgUnitIsClass ? { kind, orgUnitId: '', orgUnitIsClass: false } : { kind });
  }

  async function submit() {
    if (sending) return;
    // Every wrong row at once, beside itself; no toast repeats them.
    if (fieldErrors.show(checkMembershipForm(form))) return;
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
      // A taken number or a field the server names goes beside its row; anything else is a toast.
      if (reply.code === 'MEMBER_NO_TAKEN') return void fieldErrors.show({ memberNo: reply.message });
      if (!fieldErrors.showServer(reply.message, serverLabels)) toastMessage(reply.message);
      return;
    }
    onSubmitted(reply.data.application);
  }

  return (
    <View className="membership-form">
      <View className="membership-form__group">
        <FormField name="name" label="姓名" required error={errors.name} className="membership-form__name">
          <Input
            className="membership-form__input"
            value={form.name}
            maxlength={20}
            placeholder="真实姓名"
            onInput={(e) => update({ name: e.detail.value })}
          />
        </FormField>
        <FormField name="kind" label="身份" required error={errors.kind} className="membership-form__kind">
          <ChoiceChips
            value={form.kind}
            choices={[
              { value: 'student', label: '学生', className: 'membership-form__kind-student' },
              { value: 'teacher', label: '教师', className: 'membership-form__kind-teacher' },
            ]}
            onChange={chooseKind}
          />
        </FormField>
        <FormField
          name="memberNo"
          label={form.kind === 'teacher' ? '工号' : '学号'}
          required
          error={errors.memberNo}
          className="membership-form__member-no"
        >
          <Input
            className="membership-form__input"
            value={form.memberNo}
            maxlength={20}
            placeholder="6–20 位字母或数字"
            onInput={(e) => update({ memberNo: e.detail.value })}
          />
        </FormField>
        <OrgUnitPicker
          units={options.units}
          kind={form.kind}
          value={form.orgUnitId}
          error={errors.orgUnitId}
          onChange={(unit) => update({ orgUnitId: unit.orgUnitId, orgUnitIsClass: unit.kind === 'class' })}
        />
        <FormField name="phone" label="手机号" error={errors.phone} className="membership-form__phone">
          <Input
            className="membership-form__input"
            type="number"
            value={form.phone}
            maxlength={11}
            placeholder="选填，仅本人和团委可见"
            onInput={(e) => update({ phone: e.detail.value })}
          />
        </FormField>
      </View>

      <View id={fieldAnchorId('teamId')} className="membership-form__group membership-form__teams">
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
        <FieldError error={errors.teamId} />
      </View>

      <Button className="membership-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '提交中…' : '提交申请'}
      </Button>
    </View>
  );
}
