import type { HoursSource } from './hours.types';

/** Who may sign up: every member, members of some org units (and their sub-units), or one team. */
export type ActivityAudience = { kind: 'everyone' } | { kind: 'orgUnits'; orgUnitIds: string[] } | { kind: 'team'; teamId: string };

/** The check-in circle: a scan is accepted only from inside it (GCJ-02, as `Taro.getLocation` reports). */
export interface CheckinCircle {
  latitude: number;
  longitude: number;
  radiusMeters: number;
}

/** How attended minutes become credited hours; see `core/hours-rounding.ts`. */
export const HOURS_ROUNDINGS = ['standard', 'half_hour_floor', 'exact'] as const;
export type HoursRounding = (typeof HOURS_ROUNDINGS)[number];

/**
 * `measured`: from check-in to check-out (or to the activity's end when no check-out is asked),
 * rounded, capped by the activity's length. `fixed`: every attendee who checked in (and out, when
 * asked) is credited `fixedMinutes`.
 */
export interface HoursRule {
  kind: 'measured' | 'fixed';
  fixedMinutes: number | null;
  rounding: HoursRounding;
}

export const ACTIVITY_STATUSES = ['scheduled', 'cancelled', 'closed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/* Notice audiences name these groups; kept here, free of notice types, so neither module needs the other. */
/**
 * Who of an activity's sign-ups a notice to its participants reaches: all signed up, those who
 * checked in, or those who did not (缺席).
 */
export const PARTICIPANT_GROUPS = ['signedUp', 'checkedIn', 'absent'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const participantGroupLabels: Record<ParticipantGroup, string> = { signedUp: '已报名', checkedIn: '已签到', absent: '未签到' };

/** How far ahead an organiser may move an activity (server rule and the app's pickers). */
export const POSTPONE_MAX_DAYS = 180;

/** Why and when an organiser cancelled an activity (shown to every sign-up and on every refused code). */
export interface ActivityCancellation {
  reason: string;
  at: string;
  byName: string;
}

/** The latest change of an activity's times: what they were, why, when. */
export interface ActivityPostponement {
  reason: string;
  at: string;
  fromStartAt: string;
  fromEndAt: string;
}

/** An activity as the app sees it. Instants are ISO strings. */
export interface Activity {
  activityId: string;
  title: string;
  description: string;
  coverFileId: string | null;
  /** A temporary URL for the cover, when there is one. */
  coverUrl: string | null;
  place: string;
  circle: CheckinCircle | null;
  startAt: string;
  endAt: string;
  signUpOpensAt: string;
  signUpClosesAt: string;
  capacity: number;
  signedUpCount: number;
  audience: ActivityAudience;
  hoursRule: HoursRule;
  checkoutRequired: boolean;
  allowWalkIn: boolean;
  /** Check-in opens this many minutes before the start… */
  earlyMinutes: number;
  /** …and stays open this many minutes after the end. */
  lateMinutes: number;
  templateKey: string | null;
  teamId: string | null;
  organiserOpenid: string;
  organiserName: string;
  status: ActivityStatus;
  /** Set once the organiser cancelled it. */
  cancellation: ActivityCancellation | null;
  /** Set once the organiser moved its times (the latest move). */
  postponement: ActivityPostponement | null;
  createdAt: string;
}

/** How an attendance got its check-in: the student's scan, the organiser scanning the member code, or by hand. */
export const CHECKIN_METHODS = ['scan', 'member_code', 'manual'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

/** How it was closed: the student's check-out scan, the activity's end (timer), by hand, or an approved correction. */
export const CLOSE_METHODS = ['checkout', 'auto', 'manual', 'correction'] as const;
export type CloseMethod = (typeof CLOSE_METHODS)[number];

/** One member's attendance of one activity; created at sign-up (or at a walk-in / manual check-in). */
export interface Attendance {
  attendanceId: string;
  activityId: string;
  openid: string;
  name: string;
  status: 'signed_up' | 'cancelled';
  signedUpAt: string | null;
  checkedInAt: string | null;
  checkinMethod: CheckinMethod | null;
  checkedOutAt: string | null;
  closedBy: CloseMethod | null;
  /** Credited minutes once closed; null before. */
  minutes: number | null;
}

export interface AttendanceCounts {
  signedUp: number;
  checkedIn: number;
  checkedOut: number;
}

export const CORRECTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** A student's request to set the check-out time an automatic close did not have. */
export interface Correction {
  correctionId: string;
  activityId: string;
  activityTitle: string;
  openid: string;
  name: string;
  checkedInAt: string | null;
  requestedCheckoutAt: string;
  reason: string;
  status: CorrectionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** Minutes credited on approval. */
  minutes: number | null;
  createdAt: string;
}

/** One manual change to attendance: who, when, why, and what it changed. */
export interface AuditEntry {
  auditId: string;
  activityId: string;
  action: 'manual_checkin' | 'member_code_checkin' | 'manual_checkout' | 'correction_approved' | 'correction_rejected';
  targetOpenid: string;
  targetName: string;
  byOpenid: string;
  byName: string;
  reason: string;
  at: string;
}

/** A 学期: an admin-defined date range (Shanghai days, inclusive). */
export interface Term {
  termId: string;
  name: string;
  startDay: string;
  endDay: string;
}

/** One ledger entry as 我的 shows it: where the minutes came from and in which term. */
export interface MyHoursEntry {
  entryId: string;
  source: HoursSource;
  /** The activity's title or the service's name. */
  title: string;
  minutes: number;
  verifiedAt: string;
  termId: string | null;
  /** A service record's minutes over the slot's length: the leader's reason for crediting them; null otherwise. */
  overLengthReason: string | null;
}

/** An attendance that credited 0 hours, with why (签到后未签退, 时长不足 …): it stays in the member's list. */
export interface UncreditedAttendance {
  attendanceId: string;
  activityId: string;
  title: string;
  startAt: string;
  reason: string;
  termId: string | null;
}

export interface MyHours {
  totalMinutes: number;
  terms: { termId: string; name: string; minutes: number }[];
  entries: MyHoursEntry[];
  uncredited: UncreditedAttendance[];
}

/** A QR the app shows: the signed code it encodes, an image of it, and when it stops being current. */
export interface SignedCode {
  code: string;
  expiresAt: string;
  /** `data:image/png;base64,…` of the QR encoding `code`. */
  qrImage: string;
  rotateSeconds: number;
}

export interface ExportResult {
  fileId: string;
  url: string;
  rows: number;
  fileName: string;
}

/** What a poster needs from the server: the code that opens the activity (the rest the app already shows). */
export interface ActivityPoster {
  /** `data:image/…;base64,…`: WeChat's mini-program code in production, locally a QR of the H5 link. */
  codeImage: string;
  /** The page and scene the code opens (`activityId` comes back from the scene, see core/activity-scene.ts). */
  page: string;
  scene: string;
}
