import { z } from 'zod';
import { defineAction } from './action-contract';
import type { Activity, ActivityPoster, Attendance, AttendanceCounts, MyHours, SignedCode } from './activity.types';
import {
  activityFieldsSchema,
  activityIdSchema,
  checkActivityTimes,
  locationSchema,
  checkPostponedTimes,
  instantSchema,
  reasonRequired,
  signedCodeSchema,
  termIdSchema,
} from './activity.schema';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { EVERYONE } from './roles';

const ORGANISERS = ['admin', 'leader'] as const;
const CODE_KINDS = ['in', 'out'] as const;

/**
 * `activities`: the activity lifecycle and the check-in hot path. It stays small on purpose — at a
 * key-date activity hundreds of students scan at once, so its cold start must not carry the xlsx
 * writer (exports, corrections, manual changes and terms live in `records`).
 *
 * Organiser actions (`currentCode`, `scanMember`, `attendance`, `update`) are allowed to admins
 * and leaders by the router and then narrowed in the handler to the activity's organisers: an
 * admin, its creator, or a leader of its team.
 */
export const activitiesContract = {
  /** Creates an activity (optionally from a key-date template); answers it. */
  create: defineAction<{ activity: Activity }>()({
    params: activityFieldsSchema.superRefine(checkActivityTimes),
    allow: ORGANISERS,
  }),
  /** Edits an activity; capacity may not drop below those already signed up. */
  update: defineAction<{ activity: Activity }>()({
    params: activityFieldsSchema.extend({ activityId: activityIdSchema }).superRefine(checkActivityTimes),
    allow: ORGANISERS,
  }),
  /**
   * Cancels a scheduled activity that has not ended; the reason is shown to every sign-up (in-app
   * and by push) and on every code of it scanned afterwards. Audited. A repeat answers ACTIVITY_STATE.
   */
  cancel: defineAction<{ activity: Activity; notified: number }>()({
    params: z.object({ activityId: activityIdSchema, reason: reasonRequired }).strict(),
    allow: ORGANISERS,
  }),
  /**
   * Moves a scheduled activity to new times before its check-in opens; sign-ups keep their place
   * (and may withdraw until the new start), each hears of it. The sign-up window moves with it.
   * Audited. `notified`: sign-ups told at once (the rest by the `announceActivityChanges` timer).
   */
  postpone: defineAction<{ activity: Activity; notified: number }>()({
    params: z
      .object({ activityId: activityIdSchema, startAt: instantSchema, endAt: instantSchema, reason: reasonRequired })
      .strict()
      .superRefine(checkPostponedTimes),
    allow: ORGANISERS,
  }),
  /** `upcoming`: not yet ended, soonest first; `mine`: the caller's sign-ups; `past`: ended, latest first. */
  list: defineAction<Page<Activity & { mine: Attendance | null }>>()({
    params: z
      .object({ tab: z.enum(['upcoming', 'mine', 'past']).default('upcoming'), cursor: cursorSchema.optional(), limit: pageLimitSchema })
      .strict(),
    allow: EVERYONE,
  }),
  /** One activity, the caller's attendance, and whether the caller organises it. */
  get: defineAction<{ activity: Activity; mine: Attendance | null; canOrganise: boolean }>()({
    params: z.object({ activityId: activityIdSchema }).strict(),
    allow: EVERYONE,
  }),
  /** Takes a place within the sign-up window; capacity holds under concurrency. A repeat answers the same attendance. */
  signUp: defineAction<{ attendance: Attendance }>()({
    params: z.object({ activityId: activityIdSchema }).strict(),
    allow: EVERYONE,
  }),
  /** Gives the place back, until sign-up closes and only before checking in. */
  cancelSignUp: defineAction<{ attendance: Attendance }>()({
    params: z.object({ activityId: activityIdSchema }).strict(),
    allow: EVERYONE,
  }),
  /** The rotating signed code (and its QR image) for check-in or check-out; organisers only. */
  currentCode: defineAction<SignedCode>()({
    params: z.object({ activityId: activityIdSchema, kind: z.enum(CODE_KINDS) }).strict(),
    allow: ORGANISERS,
  }),
  /**
   * Checks the caller in with a scanned code. Refuses with CODE_FORGED, CODE_EXPIRED, NOT_STARTED,
   * ENDED, NOT_SIGNED_UP, OUTSIDE_AREA or LOCATION_REQUIRED; a repeat scan answers ok with the
   * first record (`repeat: true`).
   */
  checkin: defineAction<{ attendance: Attendance; repeat: boolean }>()({
    params: z.object({ code: signedCodeSchema, location: locationSchema.optional() }).strict(),
    allow: EVERYONE,
  }),
  /** Checks the caller out; credits the hours. Same refusals as check-in, plus NOT_CHECKED_IN. */
  /**
   * A check-out that would credit 0 hours answers ZERO_HOURS_CHECKOUT with the reason and writes
   * nothing; the same scan with `acceptZeroHours` (the member said yes) checks out.
   */
  checkout: defineAction<{ attendance: Attendance; repeat: boolean }>()({
    params: z.object({ code: signedCodeSchema, location: locationSchema.optional(), acceptZeroHours: z.boolean().optional() }).strict(),
    allow: EVERYONE,
  }),
  /** The caller's personal signed member code, for an organiser to scan when the student cannot. */
  memberCode: defineAction<SignedCode>()({
    params: z.object({}).strict(),
    allow: EVERYONE,
  }),
  /** An organiser checks a student in (or out) by scanning their member code; audited. */
  scanMember: defineAction<{ attendance: Attendance; repeat: boolean }>()({
    params: z.object({ activityId: activityIdSchema, code: signedCodeSchema, kind: z.enum(CODE_KINDS).default('in') }).strict(),
    allow: ORGANISERS,
  }),
  /** Live counts and the attendance list, checked-in first; organisers only. */
  attendance: defineAction<{ counts: AttendanceCounts } & Page<Attendance>>()({
    params: z.object({ activityId: activityIdSchema, cursor: cursorSchema.optional(), limit: pageLimitSchema }).strict(),
    allow: ORGANISERS,
  }),
  /**
   * The code for an activity's poster. Anyone signed in may make one (spreading activity news is the
   * point); only for a scheduled activity that has not ended — a cancelled one answers its reason.
   */
  poster: defineAction<ActivityPoster>()({
    params: z.object({ activityId: activityIdSchema }).strict(),
    allow: EVERYONE,
  }),
  /** The caller's verified hours (activities and service records), each with its source, grouped by term. */
  myHours: defineAction<MyHours>()({
    params: z.object({ termId: termIdSchema.optional() }).strict(),
    allow: EVERYONE,
  }),
};

export type ActivitiesContract = typeof activitiesContract;
export type ActivitiesAction = keyof ActivitiesContract;
export type * from './activity.types';
