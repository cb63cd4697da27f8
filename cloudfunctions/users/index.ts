import { usersContract } from '@core/users.contract';
import { ActionError } from '../_lib/action-error';
import { defineFunction } from '../_lib/define-function';
import { login } from './login.handler';
import { whoami } from './whoami.handler';

// Temporary: the issue 4 contracts land first so the app can build against them.
const notYet = async (): Promise<never> => {
  throw new ActionError('INTERNAL', '功能开发中');
};

/** `users`: who the caller is, membership, org units and the member directory. */
export const usersFunction = defineFunction({
  name: 'users',
  contract: usersContract,
  handlers: {
    login,
    whoami,
    applyMembership: notYet,
    reviewMembership: notYet,
    myMembership: notYet,
    listApplications: notYet,
    unbind: notYet,
    listOrgUnits: notYet,
    listTeams: notYet,
    saveOrgUnit: notYet,
    removeOrgUnit: notYet,
    listMembers: notYet,
    getMember: notYet,
    setTeamRole: notYet,
    setMemberStatus: notYet,
    previewRollover: notYet,
    applyRollover: notYet,
  },
});

export const main = usersFunction.main;
