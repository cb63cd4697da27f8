import { randomBytes } from 'node:crypto';
import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findOrgUnit } from '../../_lib/org-unit.repository';
import { requireOwnFiles } from '../../_lib/storage/require-own-files';
import { findTeam, insertTeam, updateTeam, type TeamDocument } from '../../_lib/team.repository';
import { teamSnapshot, teamTarget, toServiceTeams } from '../team.view';

const nameTaken = () => new ActionError('TEAM_NAME_TAKEN');

/** Creates (no teamId) or edits a team; the change is audited once it has landed. */
export const saveTeam = async ({ params, caller }: ActionInvocation<UsersContract['saveTeam']>) => {
  const { teamId, ...fields } = params;
  if (!(await findOrgUnit(fields.orgUnitId))) throw new ActionError('INVALID_INPUT', '提交的信息有误：所属组织已不存在，请重新选择');
  const before = teamId ? await findTeam(teamId) : null;
  if (teamId && !before) throw new ActionError('NOT_FOUND', '服务队不存在');
  // A cover already on the team stays acceptable; a new one must be the admin's own claimed upload.
  if (fields.coverFileId && fields.coverFileId !== before?.coverFileId) {
    await requireOwnFiles([fields.coverFileId], caller.openid, 'team-cover');
  }

  if (!before) {
    const team: TeamDocument = {
      _id: `team-${randomBytes(8).toString('hex')}`,
      ...fields,
      archived: false,
      updatedAt: new Date(),
      updatedBy: caller.openid,
    };
    if ((await insertTeam(team)) === 'nameTaken') throw nameTaken();
    await recordAdminChange({ kind: 'team.create', actor: caller, target: teamTarget(team), before: null, after: teamSnapshot(team) });
    return { team: (await toServiceTeams([team], caller))[0] };
  }

  const outcome = await updateTeam(before._id, fields, caller.openid);
  if (outcome === 'nameTaken') throw nameTaken();
  const saved = outcome === 'updated' ? await findTeam(before._id) : null;
  if (!saved) throw new ActionError('NOT_FOUND', '服务队不存在');
  await recordAdminChange({
    kind: 'team.update',
    actor: caller,
    target: teamTarget(saved),
    before: teamSnapshot(before),
    after: teamSnapshot(saved),
  });
  return { team: (await toServiceTeams([saved], caller))[0] };
};
