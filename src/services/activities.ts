import type { ParamsOf } from '@core/action-contract';
import type { ActivitiesContract } from '@core/activities.contract';
import { callAction } from './cloud';

/** The `activities` function: activities, sign-up, the rotating check-in code, scans and my hours. */

type Params<A extends keyof ActivitiesContract> = ParamsOf<ActivitiesContract[A]>;

const call = <A extends keyof ActivitiesContract>(action: A, params: Params<A>) => callAction('activities', action, params);

export const createActivity = (params: Params<'create'>) => call('create', params);
export const updateActivity = (params: Params<'update'>) => call('update', params);
/** Organiser: cancels with a reason every sign-up hears; codes of it are refused from then on. */
export const cancelActivity = (params: Params<'cancel'>) => call('cancel', params);
/** Organiser: moves the activity to new times (before check-in opens); every sign-up hears. */
export const postponeActivity = (params: Params<'postpone'>) => call('postpone', params);
export const listActivities = (params: Params<'list'> = {}) => call('list', params);
export const getActivity = (activityId: string) => call('get', { activityId });
export const signUp = (activityId: string) => call('signUp', { activityId });
export const cancelSignUp = (activityId: string) => call('cancelSignUp', { activityId });
/** Organiser: the current rotating code and its QR image; fetch again at `expiresAt`. */
export const currentCode = (activityId: string, kind: 'in' | 'out') => call('currentCode', { activityId, kind });
/** Answers CODE_FORGED, CODE_EXPIRED, NOT_STARTED, ENDED, NOT_SIGNED_UP, OUTSIDE_AREA… as envelopes; a repeat is ok. */
export const checkin = (params: Params<'checkin'>) => call('checkin', params);
export const checkout = (params: Params<'checkout'>) => call('checkout', params);
export const memberCode = () => call('memberCode', {});
export const scanMember = (params: Params<'scanMember'>) => call('scanMember', params);
export const activityAttendance = (params: Params<'attendance'>) => call('attendance', params);
export const myHours = (params: Params<'myHours'> = {}) => call('myHours', params);
/** The code a poster carries (anyone signed in; not for a cancelled or ended activity). */
export const activityPoster = (activityId: string) => call('poster', { activityId });
