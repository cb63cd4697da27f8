import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { closeOpenSlotsOfTeam } from '../../_lib/slot.repository';
import { archiveTeam as markArchived, findTeam } from '../../_lib/team.repository';
import { teamSnapshot, teamTarget, toServiceTeams } from '../team.view';

/**
 * Archiving takes a team out of the catalogue and closes its open slots, so nothing more can be
 * booked; its members, roles, bookings and history stay. Archiving an archived team records
 * nothing, but closes any slot still open (a crash between the two writes is finished by a retry).
 */
export const archiveTeam = async ({ params, caller }: ActionInvocation<UsersContract['archiveTeam']>) => {
  const before = await findTeam(params.teamId);
  if (!before) throw new ActionError('NOT_FOUND', '服务队不存在');
  const archived = await markArchived(before._id, caller.openid);
  await closeOpenSlotsOfTeam(before._id);
  if (archived) {
    const after = { ...before, archived: true };
    await recordAdminChange({
      kind: 'team.archive',
      actor: caller,
      target: teamTarget(before),
      before: teamSnapshot(before),
      after: teamSnapshot(after),
    });
    return { team: (await toServiceTeams([after], caller))[0] };
  }
  const current = await findTeam(before._id);
  return { team: (await toServiceTeams([current ?? { ...before, archived: true }], caller))[0] };
};
