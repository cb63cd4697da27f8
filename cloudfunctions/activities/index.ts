import { activitiesContract } from '@core/activities.contract';
import { defineFunction } from '../_lib/define-function';
import { attendance } from './attendance.handler';
import { cancelSignUp } from './cancel-sign-up.handler';
import { checkin } from './checkin.handler';
import { checkout } from './checkout.handler';
import { create } from './create.handler';
import { currentCode } from './current-code.handler';
import { get } from './get.handler';
import { list } from './list.handler';
import { memberCode } from './member-code.handler';
import { myHours } from './my-hours.handler';
import { scanMember } from './scan-member.handler';
import { signUp } from './sign-up.handler';
import { update } from './update.handler';

/** `activities`: the activity lifecycle, sign-up within capacity, and the signed rotating-QR check-in hot path. */
export const activitiesFunction = defineFunction({
  name: 'activities',
  contract: activitiesContract,
  handlers: {
    create,
    update,
    list,
    get,
    signUp,
    cancelSignUp,
    currentCode,
    checkin,
    checkout,
    memberCode,
    scanMember,
    attendance,
    myHours,
  },
});

export const main = activitiesFunction.main;
