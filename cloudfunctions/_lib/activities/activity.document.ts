import type { ActivityAudience, ActivityStatus, CheckinCircle, HoursRule } from '@core/activity.types';
import { database } from '../cloudbase';

/**
 * The `activities` collection. `_id` is `act_` + 20 random letters/digits (see `newActivityId`).
 * Shared by the `activities` function (lifecycle, check-in) and `records` (close, exports).
 */
export interface ActivityDocument {
  _id: string;
  title: string;
  description: string;
  coverFileId: string | null;
  place: string;
  circle: CheckinCircle | null;
  startAt: Date;
  endAt: Date;
  signUpOpensAt: Date;
  signUpClosesAt: Date;
  capacity: number;
  /** Places taken; moved only by conditional updates (`signedUpCount < capacity`). */
  signedUpCount: number;
  /**
   * The openids holding a place, moved with `signedUpCount` in the same conditional update: "a
   * place is left" and "this member holds none yet" are decided together, so repeated taps can
   * never take a second place (as a slot's `holders` do for bookings). Left out of reads
   * (`WITHOUT_HOLDERS`): up to 5,000 openids nobody but the sign-up needs.
   */
  holders?: string[];
  audience: ActivityAudience;
  /** Audience keys (`all`, `org:<id>`, `team:<id>`) matched against a member's keys, as notices do. */
  audienceKeys: string[];
  hoursRule: HoursRule;
  checkoutRequired: boolean;
  allowWalkIn: boolean;
  earlyMinutes: number;
  lateMinutes: number;
  templateKey: string | null;
  teamId: string | null;
  organiserOpenid: string;
  organiserName: string;
  status: ActivityStatus;
  /** Set by the closing timer once every open attendance has been closed and credited. */
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ACTIVITIES = 'activities';
export const activities = () => database.collection(ACTIVITIES);

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const newActivityId = (): string => {
  let id = 'act_';
  for (let i = 0; i < 20; i += 1) id += ID_ALPHABET[Math.floor(Math.random() * ID_ALPHABET.length)];
  return id;
};

/** Projection for every read of activities: the place holders stay in the database. */
export const WITHOUT_HOLDERS = { holders: false } as const;

export const findActivity = async (activityId: string): Promise<ActivityDocument | null> => {
  const { data } = await activities().where({ _id: activityId }).field(WITHOUT_HOLDERS).limit(1).get();
  return (data[0] as ActivityDocument | undefined) ?? null;
};
