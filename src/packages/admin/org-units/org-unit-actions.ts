import Taro from '@tarojs/taro';
import { childKindOf, orgUnitKindLabels } from '@core/org-unit-tree';
import type { OrgUnit, OrgUnitKind } from '@core/users.contract';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { removeOrgUnit, saveOrgUnit } from '@/services/org-units';

/** What the admin wants to do with a unit, chosen from the action sheet. */
export type OrgUnitIntent =
  { kind: 'add'; parent: OrgUnit | null; childKind: OrgUnitKind } | { kind: 'rename'; unit: OrgUnit } | { kind: 'remove'; unit: OrgUnit };

/** 添加班级 / 重命名 / 删除 for one unit; null when the admin backs out. */
export async function chooseOrgUnitIntent(unit: OrgUnit): Promise<OrgUnitIntent | null> {
  const childKind = childKindOf(unit.kind);
  const intents: { label: string; intent: OrgUnitIntent }[] = [
    ...(childKind ? [{ label: `添加${orgUnitKindLabels[childKind]}`, intent: { kind: 'add', parent: unit, childKind } as const }] : []),
    { label: '重命名', intent: { kind: 'rename', unit } },
    { label: '删除', intent: { kind: 'remove', unit } },
  ];
  try {
    const result = await Taro.showActionSheet({ itemList: intents.map((entry) => entry.label) });
    return intents[result.tapIndex].intent;
  } catch {
    return null;
  }
}

/** Saves a new or renamed unit; a new class starts in year 1 of 3 (高职). Answers the error message, or null. */
export async function saveName(intent: Exclude<OrgUnitIntent, { kind: 'remove' }>, name: string, order: number): Promise<string | null> {
  const reply =
    intent.kind === 'add'
      ? await saveOrgUnit({
          name,
          kind: intent.childKind,
          parentId: intent.parent?.orgUnitId ?? null,
          order,
          ...(intent.childKind === 'class' ? { stage: 1, years: 3 } : {}),
        })
      : await saveOrgUnit({
          orgUnitId: intent.unit.orgUnitId,
          name,
          kind: intent.unit.kind,
          parentId: intent.unit.parentId,
          order: intent.unit.order,
          stage: intent.unit.stage,
          years: intent.unit.years,
        });
  if (!reply.ok) return reply.message;
  toastSuccess('已保存');
  return null;
}

/**
 * Confirms, then removes. ORG_UNIT_IN_USE (children, teams, members) is shown in a modal:
 * it explains what must move first, which a 2-line toast would cut off.
 */
export async function removeWithConfirmation(unit: OrgUnit): Promise<boolean> {
  const confirmed = await confirmDestructive({
    title: '删除组织',
    content: `确定删除「${unit.name}」吗？删除后不可恢复。`,
    confirmText: '删除',
  });
  if (!confirmed) return false;
  const reply = await removeOrgUnit(unit.orgUnitId);
  if (!reply.ok) {
    await explain('无法删除', reply.message);
    return false;
  }
  toastSuccess('已删除');
  return true;
}
