import { usersContract } from '@core/users.contract';
import { defineFunction } from '../_lib/define-function';
import { applyMembership } from './apply-membership.handler';
import { applyRollover } from './apply-rollover.handler';
import { getMember } from './get-member.handler';
import { listApplications } from './list-applications.handler';
import { listMembers } from './list-members.handler';
import { listOrgUnits } from './list-org-units.handler';
import { listTeams } from './list-teams.handler';
import { login } from './login.handler';
import { myMembership } from './my-membership.handler';
import { previewRollover } from './preview-rollover.handler';
import { removeOrgUnit } from './remove-org-unit.handler';
import { reviewMembership } from './review-membership.handler';
import { saveOrgUnit } from './save-org-unit.handler';
import { setMemberStatus } from './set-member-status.handler';
import { setTeamRole } from './set-team-role.handler';
import { unbind } from './unbind.handler';
import { whoami } from './whoami.handler';

/** `users`: who the caller is, membership and its review, org units, the member directory and roll-over. */
export const usersFunction = defineFunction({
  name: 'users',
  contract: usersContract,
  handlers: {
    login,
    whoami,
    applyMembership,
    reviewMembership,
    myMembership,
    listApplications,
    unbind,
    listOrgUnits,
    listTeams,
    saveOrgUnit,
    removeOrgUnit,
    listMembers,
    getMember,
    setTeamRole,
    setMemberStatus,
    previewRollover,
    applyRollover,
  },
});

export const main = usersFunction.main;
