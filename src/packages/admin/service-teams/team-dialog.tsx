import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Dialog } from '@nutui/nutui-react-taro';
import { fieldLabels } from '@core/field-labels';
import type { OrgUnit, ServiceTeam } from '@core/org-units.contract';
import { TEAM_KINDS, teamKindLabels, type TeamKind } from '@core/team-kinds';
import { FormField } from '@/components/form-field';
import { PhotoPicker } from '@/components/photo-picker';
import { toastMessage } from '@/feedback/toast';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import '@/components/text-dialog/index.scss';

export interface TeamDraft {
  name: string;
  kind: TeamKind;
  summary: string;
  contact: string;
  /** The admin's own team-cover upload, or null for none. */
  coverFileId: string | null;
  orgUnitId: string;
}

export interface TeamDialogProps {
  /** The team being edited; absent when creating. */
  team?: ServiceTeam;
  /** Units a team may belong to (colleges, committees, branches). */
  units: OrgUnit[];
  sending: boolean;
  /** Saves the draft; answers the server's refusal (shown beside its field, else toasted), or null once saved. */
  onConfirm: (draft: TeamDraft) => Promise<string | null>;
  onCancel: () => void;
}

type TeamField = 'name' | 'orgUnitId' | 'summary' | 'contact';
const fieldOrder: readonly TeamField[] = ['name', 'orgUnitId', 'summary', 'contact'];

/** How the server names the fields: the contract's labels, and save-team's own 所属组织已不存在. */
const serverLabels: Record<TeamField, string> = {
  name: fieldLabels.name,
  orgUnitId: '所属组织',
  summary: fieldLabels.summary,
  contact: fieldLabels.contact,
};

/** The contract's rules on the typed draft (org-units.contract.ts saveTeam), in the form's words. */
export function teamErrors(draft: TeamDraft, hasUnits: boolean): FieldErrors<TeamField> {
  const errors: FieldErrors<TeamField> = {};
  if (!draft.name.trim()) errors.name = '请填写服务队名称';
  if (!draft.orgUnitId) errors.orgUnitId = hasUnits ? '请选择所属组织' : '请先在“组织架构”中添加学院';
  return errors;
}

/** Picks one of `labels` from an action sheet; null when the admin backs out. */
const pick = async (labels: string[]): Promise<number | null> => {
  try {
    return (await Taro.showActionSheet({ itemList: labels })).tapIndex;
  } catch {
    return null;
  }
};

/** 新建/编辑服务队: name, kind, 简介, contact, cover and the unit it belongs to, bounded as the server allows. */
export function TeamDialog({ team, units, sending, onConfirm, onCancel }: TeamDialogProps) {
  const [draft, setDraft] = useState<TeamDraft>({
    name: team?.name ?? '',
    kind: team?.kind ?? 'other',
    summary: team?.summary ?? '',
    contact: team?.contact ?? '',
    coverFileId: team?.coverFileId ?? null,
    orgUnitId: team?.orgUnitId ?? units[0]?.orgUnitId ?? '',
  });
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  const set = (fields: Partial<TeamDraft>) => {
    const next = { ...draft, ...fields };
    setDraft(next);
    // A fixed row loses its error at once; a server refusal of a row the form does not check goes with any change.
    recheck(teamErrors(next, units.length > 0));
  };
  // A new environment may have no unit yet: the row says where to make one instead of an empty choice.
  const unitName = units.find((unit) => unit.orgUnitId === draft.orgUnitId)?.name;
  const [uploading, setUploading] = useState(false);

  async function chooseKind() {
    const index = await pick(TEAM_KINDS.map((kind) => teamKindLabels[kind]));
    if (index !== null) set({ kind: TEAM_KINDS[index] });
  }
  async function chooseUnit() {
    if (!units.length) return;
    const index = await pick(units.map((unit) => unit.name));
    if (index !== null) set({ orgUnitId: units[index].orgUnitId });
  }

  async function confirm() {
    if (sending || uploading) return;
    if (fieldErrors.show(teamErrors(draft, units.length > 0))) return;
    const refusal = await onConfirm({ ...draft, name: draft.name.trim(), summary: draft.summary.trim(), contact: draft.contact.trim() });
    if (refusal && !fieldErrors.showServer(refusal, serverLabels)) toastMessage(refusal);
  }

  return (
    <Dialog
      className="team-dialog"
      visible
      title={team ? `编辑「${team.name}」` : '新建服务队'}
      confirmText={sending ? '保存中…' : uploading ? '上传中…' : '保存'}
      cancelText="取消"
      disableConfirmButton={sending || uploading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      // NutUI calls onClose after every confirm: the caller closes the dialog once the save succeeds.
    >
      <View className="text-dialog__body team-dialog__body">
        <FormField name="name" label="名称" required error={errors.name} className="team-dialog__name">
          <Input
            className="team-dialog__input"
            value={draft.name}
            maxlength={30}
            placeholder="服务队名称"
            onInput={(e) => set({ name: e.detail.value })}
          />
        </FormField>
        <View className="team-dialog__choice team-dialog__kind" onClick={chooseKind}>
          <FormField name="kind" label="类型" required>
            <Text className="team-dialog__value">{teamKindLabels[draft.kind]}</Text>
            <Text className="team-dialog__arrow">›</Text>
          </FormField>
        </View>
        <View className="team-dialog__choice team-dialog__unit" onClick={chooseUnit}>
          <FormField name="orgUnitId" label="所属组织" required error={errors.orgUnitId}>
            <Text className={`team-dialog__value ${unitName ? '' : 'team-dialog__value--empty'}`}>
              {unitName ?? (units.length ? '请选择' : '暂无可选组织')}
            </Text>
            <Text className="team-dialog__arrow">›</Text>
          </FormField>
        </View>
        <FormField name="summary" label="简介" stacked error={errors.summary} className="team-dialog__summary">
          <Textarea
            className="team-dialog__textarea"
            value={draft.summary}
            maxlength={300}
            placeholder="选填，显示在服务页"
            onInput={(e) => set({ summary: e.detail.value })}
          />
        </FormField>
        <FormField name="contact" label="联系方式" error={errors.contact} className="team-dialog__contact">
          <Input
            className="team-dialog__input"
            value={draft.contact}
            maxlength={60}
            placeholder="选填"
            onInput={(e) => set({ contact: e.detail.value })}
          />
        </FormField>
        <FormField name="cover" label="封面" stacked hint="选填，显示在服务页" className="team-dialog__cover">
          <PhotoPicker
            purpose="team-cover"
            max={1}
            value={draft.coverFileId ? [draft.coverFileId] : []}
            onChange={(fileIds) => set({ coverFileId: fileIds[0] ?? null })}
            // The saved cover stays in storage until the edit is saved: 取消 must leave the team as it was.
            deleteOnRemove={!team?.coverFileId}
            disabled={sending}
            onUploadingChange={setUploading}
          />
        </FormField>
      </View>
    </Dialog>
  );
}
