import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { hasPendingApplicationsIn } from '../application.repository';
import { hasMembersIn } from '../member.repository';
import { findOrgUnit, hasChildUnits, removeOrgUnit as deleteOrgUnit } from '../../_lib/org-unit.repository';
import { hasTeamsIn } from '../../_lib/team.repository';

/**
 * Removing a unit others still point at would orphan them, so it is refused while anything
 * refers to it. Members include graduated and left ones: their history names the unit.
 */
export const removeOrgUnit = async ({ params, caller }: ActionInvocation<UsersContract['removeOrgUnit']>) => {
  const { orgUnitId } = params;
  const unit = await findOrgUnit(orgUnitId);
  if (!unit) throw new ActionError('NOT_FOUND', '组织不存在');
  const [children, teams, members, pending] = await Promise.all([
    hasChildUnits(orgUnitId),
    hasTeamsIn(orgUnitId),
    hasMembersIn(orgUnitId),
    hasPendingApplicationsIn(orgUnitId),
  ]);
  if (children) throw new ActionError('ORG_UNIT_IN_USE', '该组织下还有下级组织，不能删除');
  if (teams) throw new ActionError('ORG_UNIT_IN_USE', '该组织下还有服务队，不能删除');
  if (members || pending) throw new ActionError('ORG_UNIT_IN_USE', '该组织还有成员或待审核的申请，不能删除');
  await deleteOrgUnit(orgUnitId);
  await recordAdminChange({
    kind: 'orgUnit.remove',
    actor: caller,
    target: { type: 'orgUnit', id: orgUnitId, label: unit.name },
    before: { name: unit.name },
    after: null,
  });
  return { removed: true as const };
};
