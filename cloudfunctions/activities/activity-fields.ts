import type { z } from 'zod';
import type { activityFieldsSchema } from '@core/activity.schema';
import { ActionError } from '../_lib/action-error';
import type { ActivityDocument } from '../_lib/activity.repository';
import type { Caller } from '../_lib/define-function';
import { leadsTeam } from '../_lib/team-leadership';
import { audienceKeysOfActivity } from './member-keys';

export type ActivityFields = z.output<typeof activityFieldsSchema>;

/** The stored form of what the organiser set: instants as dates, audience as keys. */
export const storedFieldsOf = (fields: ActivityFields, now: Date) => ({
  title: fields.title,
  description: fields.description,
  coverFileId: fields.coverFileId,
  place: fields.place,
  circle: fields.circle,
  startAt: new Date(fields.startAt),
  endAt: new Date(fields.endAt),
  signUpOpensAt: new Date(fields.signUpOpensAt),
  signUpClosesAt: new Date(fields.signUpClosesAt),
  capacity: fields.capacity,
  audience: fields.audience,
  audienceKeys: audienceKeysOfActivity(fields.audience),
  hoursRule: fields.hoursRule,
  checkoutRequired: fields.checkoutRequired,
  allowWalkIn: fields.allowWalkIn,
  earlyMinutes: fields.earlyMinutes,
  lateMinutes: fields.lateMinutes,
  templateKey: fields.templateKey,
  teamId: fields.teamId,
  updatedAt: now,
});

/**
 * An activity may name a team (its leaders then co-organise it): a leader may name only a team
 * they lead; admins any. Without a team the creator alone organises it.
 */
export const requireTeamOrganiser = async (caller: Caller, teamId: ActivityDocument['teamId']): Promise<void> => {
  if (!teamId) return;
  const roles = await caller.roles();
  if (roles.includes('admin')) return;
  if (!leadsTeam(await caller.user(), teamId)) throw new ActionError('FORBIDDEN', '没有权限：队长只能为自己带领的服务队发布活动');
};
