import { usersContract } from '@core/users.contract';
import { defineFunction } from '../_lib/define-function';
import { applyMembership } from './actions/apply-membership';
import { applyRollover } from './actions/apply-rollover';
import { applyToTeam } from './actions/apply-to-team';
import { archiveTeam } from './actions/archive-team';
import { auditTrail } from './actions/audit-trail';
import { getMember } from './actions/get-member';
import { home } from './actions/home';
import { listApplications } from './actions/list-applications';
import { listMembers } from './actions/list-members';
import { listOrgUnits } from './actions/list-org-units';
import { listTeams } from './actions/list-teams';
import { login } from './actions/login';
import { myMembership } from './actions/my-membership';
import { previewRollover } from './actions/preview-rollover';
import { removeOrgUnit } from './actions/remove-org-unit';
import { reviewMembership } from './actions/review-membership';
import { reviewTeamJoin } from './actions/review-team-join';
import { saveOrgUnit } from './actions/save-org-unit';
import { saveTeam } from './actions/save-team';
import { setMemberIdentity } from './actions/set-member-identity';
import { setMemberStatus } from './actions/set-member-status';
import { setRosterRole } from './actions/set-roster-role';
import { setTeamRole } from './actions/set-team-role';
import { teamJoinRequests } from './actions/team-join-requests';
import { myTeamJoinRequests } from './actions/my-team-join-requests';
import { unbind } from './actions/unbind';
import { whoami } from './actions/whoami';

/** `users`: who the caller is, membership and its review, org units, the member directory and roll-over. */
export const usersFunction = defineFunction({
  name: 'users',
  contract: usersContract,
  handlers: {
    login,
    whoami,
    home,
    applyMembership,
    reviewMembership,
    myMembership,
    listApplications,
    unbind,
    listOrgUnits,
    listTeams,
    saveTeam,
    archiveTeam,
    applyToTeam,
    reviewTeamJoin,
    teamJoinRequests,
    myTeamJoinRequests,
    setRosterRole,
    saveOrgUnit,
    removeOrgUnit,
    listMembers,
    getMember,
    setTeamRole,
    setMemberStatus,
    setMemberIdentity,
    previewRollover,
    applyRollover,
    auditTrail,
  },
});

export const main = usersFunction.main;
