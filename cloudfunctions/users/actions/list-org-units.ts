import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listOrgUnits as readOrgUnits } from '../../_lib/org-unit.repository';
import { toOrgUnit } from '../org-unit.view';

export const listOrgUnits = async (_: ActionInvocation<UsersContract['listOrgUnits']>) => {
  const units = (await readOrgUnits()).map(toOrgUnit);
  units.sort((a, b) => (a.parentId ?? '').localeCompare(b.parentId ?? '') || a.order - b.order || a.name.localeCompare(b.name));
  return { units };
};
