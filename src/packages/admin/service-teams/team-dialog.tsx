import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Dialog } from '@nutui/nutui-react-taro';
import type { OrgUnit, ServiceTeam } from '@core/org-units.contract';
import { TEAM_KINDS, teamKindLabels, type TeamKind } from '@core/team-kinds';
import { PhotoPicker } from '@/components/photo-picker';
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
  onConfirm: (draft: TeamDraft) => void;
  onCancel: () => void;
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
  const set = (fields: Partial<TeamDraft>) => setDraft((current) => ({ ...current, ...fields }));
  // A new environment may have no unit yet: say where to make one instead of an empty choice.
  const unitName =
    units.find((unit) => unit.orgUnitId === draft.orgUnitId)?.name ?? (units.length ? '请选择' : '请先在“组织架构”中添加学院');
  const [uploading, setUploading] = useState(false);
  const ready = draft.name.trim() !== '' && draft.orgUnitId !== '' && !sending && !uploading;

  async function chooseKind() {
    const index = await pick(TEAM_KINDS.map((kind) => teamKindLabels[kind]));
    if (index !== null) set({ kind: TEAM_KINDS[index] });
  }
  async function chooseUnit() {
    if (!units.length) return;
    const index = await pick(units.map((unit) => unit.name));
    if (index !== null) set({ orgUnitId: units[index].orgUnitId });
  }

  return (
    <Dialog
      className="team-dialog"
      visible
      title={team ? `编辑「${team.name}」` : '新建服务队'}
      confirmText={sending ? '保存中…' : uploading ? '上传中…' : '保存'}
      cancelText="取消"
      disableConfirmButton={!ready}
      onConfirm={() => onConfirm({ ...draft, name: draft.name.trim(), summary: draft.summary.trim(), contact: draft.contact.trim() })}
      onCancel={onCancel}
      onClose={onCancel}
    >
      <View className="text-dialog__body">
        <Input
          className="text-dialog__input team-dialog__name"
          value={draft.name}
          maxlength={30}
          placeholder="服务队名称"
          onInput={(e) => set({ name: e.detail.value })}
        />
        <View className="team-dialog__choice" onClick={chooseKind}>
          <Text>类型：{teamKindLabels[draft.kind]}</Text>
        </View>
        <View className="team-dialog__choice" onClick={chooseUnit}>
          <Text>所属组织：{unitName}</Text>
        </View>
        <Textarea
          className="text-dialog__input team-dialog__summary"
          value={draft.summary}
          maxlength={300}
          placeholder="简介（选填）"
          onInput={(e) => set({ summary: e.detail.value })}
        />
        <Input
          className="text-dialog__input team-dialog__contact"
          value={draft.contact}
          maxlength={60}
          placeholder="联系方式（选填）"
          onInput={(e) => set({ contact: e.detail.value })}
        />
        <View className="team-dialog__cover">
          <Text className="team-dialog__cover-label">封面（选填，显示在服务页）</Text>
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
        </View>
      </View>
    </Dialog>
  );
}
