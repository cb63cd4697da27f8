import { randomBytes } from 'node:crypto';
import type { UsersContract } from '@core/users.contract';
import { orgUnitKindLabels } from '@core/org-unit-tree';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findOrgUnit, insertOrgUnit, updateOrgUnit, type OrgUnitDocument } from '../../_lib/org-unit.repository';
import { toOrgUnit } from '../org-unit.view';

/** What the audit trail keeps of a unit: what a reader would recognise. */
const snapshot = (unit: Pick<OrgUnitDocument, 'name' | 'kind' | 'parentId'>) => ({
  name: unit.name,
  kind: orgUnitKindLabels[unit.kind],
  parentId: unit.parentId,
});

const orgUnitTarget = (unit: Pick<OrgUnitDocument, '_id' | 'name'>) => ({ type: 'orgUnit' as const, id: unit._id, label: unit.name });

const invalid = (message: string) => new ActionError('INVALID_INPUT', `提交的信息有误：${message}`);

/** Walks up from the new parent; meeting the unit itself would make the tree a loop. */
const assertNoCycle = async (orgUnitId: string, parentId: string) => {
  let cursor: string | null = parentId;
  for (let depth = 0; cursor; depth += 1) {
    if (cursor === orgUnitId || depth > 32) throw invalid('上级单位不能是该组织自己或它的下级');
    cursor = (await findOrgUnit(cursor))?.parentId ?? null;
  }
};

export const saveOrgUnit = async ({ params, caller }: ActionInvocation<UsersContract['saveOrgUnit']>) => {
  const { orgUnitId, ...fields } = params;
  if (fields.parentId === null && fields.kind !== 'college') throw invalid('上级单位必选：只有学院可以没有上级');
  if (fields.parentId !== null && !(await findOrgUnit(fields.parentId))) throw invalid('上级单位不存在');
  if (fields.kind === 'class' && (fields.stage === null || fields.years === null)) throw invalid('年级和学制年数是班级必填的');

  if (!orgUnitId) {
    const unit: OrgUnitDocument = { _id: `ou-${randomBytes(8).toString('hex')}`, ...fields, archived: false };
    await insertOrgUnit(unit);
    await recordAdminChange({ kind: 'orgUnit.save', actor: caller, target: orgUnitTarget(unit), before: null, after: snapshot(unit) });
    return { unit: toOrgUnit(unit) };
  }
  if (fields.parentId !== null) await assertNoCycle(orgUnitId, fields.parentId);
  const before = await findOrgUnit(orgUnitId);
  if (!before || !(await updateOrgUnit(orgUnitId, fields))) throw new ActionError('NOT_FOUND', '组织不存在');
  const saved = await findOrgUnit(orgUnitId);
  if (!saved) throw new ActionError('NOT_FOUND', '组织不存在');
  await recordAdminChange({
    kind: 'orgUnit.save',
    actor: caller,
    target: orgUnitTarget(saved),
    before: snapshot(before),
    after: snapshot(saved),
  });
  return { unit: toOrgUnit(saved) };
};
