import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { ID_TYPES, idTypeLabels, type IdType, type MemberIdentity } from '@core/member-identity';
import type { MemberProfile } from '@core/membership.types';
import { fieldLabels } from '@core/field-labels';
import { ChoiceChips, type Choice } from '@/components/choice-chips';
import { FormField } from '@/components/form-field';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { setMemberIdentity } from '@/services/member-directory';
import { identityErrors, identityFieldOrder } from './identity-check';

const NONE = 'none';
type IdChoice = IdType | typeof NONE;
const idChoices: Choice<IdChoice>[] = [
  { value: NONE, label: '不填' },
  ...ID_TYPES.map((type) => ({ value: type, label: idTypeLabels[type], className: `member-identity__type--${type}` })),
];
const serverLabels = { volunteerNo: fieldLabels.volunteerNo, idType: fieldLabels.idType, idNumber: fieldLabels.idNumber };

/**
 * 成员详情's 志愿者编号 and ID document (admins): what the national-platform export writes. Shown as
 * lines; 编辑 opens the fields, 清除 empties them after a confirmation.
 */
export function MemberIdentityCard({ member, onSaved }: { member: MemberProfile; onSaved: (member: MemberProfile) => void }) {
  const identity: MemberIdentity = member.identity ?? { volunteerNo: null, idType: null, idNumber: null };
  const [editing, setEditing] = useState(false);
  const [volunteerNo, setVolunteerNo] = useState(identity.volunteerNo ?? '');
  const [idType, setIdType] = useState<IdChoice>(identity.idType ?? NONE);
  const [idNumber, setIdNumber] = useState(identity.idNumber ?? '');
  const [sending, setSending] = useState(false);
  const fieldErrors = useFieldErrors(identityFieldOrder);
  const { errors, recheck } = fieldErrors;
  const check = () => identityErrors({ volunteerNo, idType: idType === NONE ? null : idType, idNumber });
  // Only rows already complained about are re-checked: typing never lights up the others.
  useEffect(
    () => recheck(identityErrors({ volunteerNo, idType: idType === NONE ? null : idType, idNumber })),
    [volunteerNo, idType, idNumber, recheck],
  );

  async function send(next: MemberIdentity, done: string) {
    setSending(true);
    const reply = await setMemberIdentity({ openid: member.openid, ...next });
    setSending(false);
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, serverLabels) || toastMessage(reply.message));
    setEditing(false);
    toastSuccess(done);
    onSaved(reply.data.member);
  }

  const save = () =>
    !fieldErrors.show(check()) &&
    send(
      {
        volunteerNo: volunteerNo.trim() || null,
        idType: idType === NONE ? null : idType,
        idNumber: idType === NONE ? null : idNumber.trim() || null,
      },
      '已保存',
    );

  async function clear() {
    const sure = await confirmDestructive({
      title: '清除编号与证件',
      content: `清除 ${member.name} 的志愿者编号和证件信息？导出到志愿服务平台时将缺少这些信息。`,
      confirmText: '清除',
    });
    if (sure) await send({ volunteerNo: null, idType: null, idNumber: null }, '已清除');
  }

  if (!editing)
    return (
      <View className="admin-page__card member-identity">
        <Text className="admin-page__card-title">志愿者编号与证件</Text>
        <Text className="admin-page__card-line member-identity__volunteer-no">志愿者编号：{identity.volunteerNo ?? '未填写'}</Text>
        <Text className="admin-page__card-line">
          证件：{identity.idType ? `${idTypeLabels[identity.idType]} ${identity.idNumber ?? ''}` : '未填写'}
        </Text>
        <Text className="admin-page__hint">导出到志愿汇、中国志愿服务网等平台时使用；证件号码仅管理员可见</Text>
        <View className="admin-page__card-actions">
          {(identity.volunteerNo || identity.idType) && (
            <Button className="member-identity__clear" variant="danger" disabled={sending} onClick={() => void clear()}>
              清除
            </Button>
          )}
          <Button className="member-identity__edit" onClick={() => setEditing(true)}>
            编辑
          </Button>
        </View>
      </View>
    );
  return (
    <View className="admin-page__card member-identity">
      <Text className="admin-page__card-title">志愿者编号与证件</Text>
      <FormField name="volunteerNo" label="志愿者编号" error={errors.volunteerNo} className="member-identity__field--volunteer-no">
        <Input
          className="member-identity__input"
          value={volunteerNo}
          maxlength={32}
          placeholder="平台发放的编号，可不填"
          onInput={(event) => setVolunteerNo(event.detail.value)}
        />
      </FormField>
      <FormField name="idType" label="证件类型" stacked error={errors.idType} className="member-identity__field--id-type">
        <ChoiceChips choices={idChoices} value={idType} onChange={setIdType} />
      </FormField>
      {idType !== NONE && (
        <FormField name="idNumber" label="证件号码" required error={errors.idNumber} className="member-identity__field--id-number">
          <Input
            className="member-identity__input"
            value={idNumber}
            maxlength={24}
            placeholder={idType === 'resident' ? '18 位身份证号码' : '证件号码'}
            onInput={(event) => setIdNumber(event.detail.value)}
          />
        </FormField>
      )}
      <View className="admin-page__card-actions">
        <Button className="member-identity__cancel" disabled={sending} onClick={() => setEditing(false)}>
          取消
        </Button>
        <Button className="member-identity__save" variant="primary" block={false} disabled={sending} onClick={() => void save()}>
          {sending ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  );
}
