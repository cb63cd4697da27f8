import { randomBytes } from 'node:crypto';
import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findOrgUnit, insertOrgUnit, updateOrgUnit, type OrgUnitDocument } from '../../_lib/org-unit.repository';
import { toOrgUnit } from '../org-unit.view';

const invalid = (message: string) => new ActionError('INVALID_INPUT', `提交的信息有误：${message}`);

/** Walks up from the new parent; meeting the unit itself would make the tree a loop. */
const assertNoCycle = async (orgUnitId: string, parentId: string) => {
  let cursor: string | null = parentId;
  for (let depth = 0; cursor; depth += 1) {
    if (cursor === orgUnitId || depth > 32) throw invalid('parentId 不能把组织移到它自己或它的下级之下');
    cursor = (await findOrgUnit(cursor))?.parentId ?? null;
  }
};

export const saveOrgUnit = async ({ params }: ActionInvocation<UsersContract['saveOrgUnit']>) => {
  const { orgUnitId, ...fields } = params;
  if (fields.parentId === null && fields.kind !== 'college') throw invalid('parentId 只有学院可以没有上级');
  if (fields.parentId !== null && !(await findOrgUnit(fields.parentId))) throw invalid('parentId 上级组织不存在');
  if (fields.kind === 'class' && (fields.stage === null || fields.years === null)) throw invalid('stage 班级需要填写年级和学制');

  if (!orgUnitId) {
    const unit: OrgUnitDocument = { _id: `ou-${randomBytes(8).toString('hex')}`, ...fields, archived: false };
    await insertOrgUnit(unit);
    return { unit: toOrgUnit(unit) };
  }
  if (fields.parentId !== null) await assertNoCycle(orgUnitId, fields.parentId);
  if (!(await updateOrgUnit(orgUnitId, fields))) throw new ActionError('NOT_FOUND', '组织不存在');
  const saved = await findOrgUnit(orgUnitId);
  if (!saved) throw new ActionError('NOT_FOUND', '组织不存在');
  return { unit: toOrgUnit(saved) };
};
