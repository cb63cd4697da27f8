import type { ParamsOf } from '@core/action-contract';
import type { UsersContract } from '@core/users.contract';
import { callAction } from './cloud';

/** Binding the caller's WeChat identity to a member, and the League committee's review of it. */

/** Queues the caller's application; MEMBER_NO_TAKEN / APPLICATION_PENDING / ALREADY_MEMBER come back as envelopes. */
export const applyMembership = (params: ParamsOf<UsersContract['applyMembership']>) => callAction('users', 'applyMembership', params);

/** The caller's status and latest application (with the rejection reason). */
export const myMembership = () => callAction('users', 'myMembership', {});

/** Drops the caller's own binding or withdraws a pending application. */
export const unbindMyself = () => callAction('users', 'unbind', {});

/** Admin: one page of the review queue, oldest first. */
export const listApplications = (params: ParamsOf<UsersContract['listApplications']> = {}) =>
  callAction('users', 'listApplications', params);

/** Admin: approve, or reject with a reason the applicant will see. */
export const reviewMembership = (params: ParamsOf<UsersContract['reviewMembership']>) => callAction('users', 'reviewMembership', params);
