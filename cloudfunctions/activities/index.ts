import { activitiesContract } from '@core/activities.contract';
import { defineFunction } from '../_lib/define-function';
import { attendance } from './actions/attendance';
import { cancel } from './actions/cancel';
import { cancelSignUp } from './actions/cancel-sign-up';
import { checkin } from './actions/checkin';
import { checkout } from './actions/checkout';
import { create } from './actions/create';
import { currentCode } from './actions/current-code';
import { get } from './actions/get';
import { list } from './actions/list';
import { memberCode } from './actions/member-code';
import { myHours } from './actions/my-hours';
import { postpone } from './actions/postpone';
import { poster } from './actions/poster';
import { scanMember } from './actions/scan-member';
import { signUp } from './actions/sign-up';
import { update } from './actions/update';
import { announceActivityChanges } from './timers/announce-activity-changes';
import { remindActivities } from './timers/remind-activities';

/** `activities`: the activity lifecycle (cancel and postpone told to every sign-up, reminders before the start), sign-up within capacity, and the signed rotating-QR check-in hot path. */
export const activitiesFunction = defineFunction({
  name: 'activities',
  contract: activitiesContract,
  handlers: {
    create,
    update,
    cancel,
    postpone,
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
    poster,
  },
  timers: { remindActivities, announceActivityChanges },
});

export const main = activitiesFunction.main;
