import type { BookingWindow } from './booking-window';
import type { BookingStatus } from './booking-status';

/** What the booking form asks for: a car, a PC, or nothing beyond a note. */
export const DETAILS_KINDS = ['car', 'pc', 'none'] as const;
export type DetailsKind = (typeof DETAILS_KINDS)[number];

/** Who may book a service: staff (教职工), students, community guests (non-members at outreach events). */
export const AUDIENCES = ['staff', 'student', 'guest'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const audienceLabels: Record<Audience, string> = { staff: '教职工', student: '学生', guest: '社区来宾' };

export const SLOT_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const slotStatusLabels: Record<SlotStatus, string> = { open: '可预约', closed: '已截止', cancelled: '已取消' };

/** One entry of a team's catalogue. Dates are ISO strings in every DTO. */
export interface BookableService {
  serviceId: string;
  teamId: string;
  name: string;
  description: string;
  durationMinutes: number;
  place: string;
  /** What the booker should bring (e.g. 车钥匙, 电脑充电器). */
  bring: string;
  audience: Audience[];
  detailsKind: DetailsKind;
  window: BookingWindow;
  active: boolean;
  order: number;
}

export interface Slot {
  slotId: string;
  serviceId: string;
  teamId: string;
  serviceName: string;
  detailsKind: DetailsKind;
  /** Asia/Shanghai day and clock times, for display and the calendar. */
  day: string;
  startClock: string;
  endClock: string;
  startAt: string;
  endAt: string;
  place: string;
  capacity: number;
  remaining: number;
  status: SlotStatus;
  bookableFrom: string;
  bookableUntil: string;
  /** Open, inside its booking window and not full, at the time of the answer. */
  bookable: boolean;
  cancelReason: string | null;
}

export type BookingDetails =
  { kind: 'car'; plate: string; model: string; colour: string } | { kind: 'pc'; brand: string; symptom: string } | { kind: 'none' };

export type ActorRole = 'booker' | 'volunteer' | 'leader' | 'system';

/** Every status change, with who and when. */
export interface BookingHistoryEntry {
  from: BookingStatus | null;
  to: BookingStatus;
  by: string;
  byRole: ActorRole;
  at: string;
  reason: string | null;
}

export interface VolunteerMinutes {
  openid: string;
  name: string;
  minutes: number;
}

/** Written when the job is closed; minutes become hours once the leader verifies it. */
export interface ServiceRecord {
  summary: string;
  afterPhoto: string | null;
  /** Why a leader credited more than the slot's length; null when every row is within it. */
  overLengthReason: string | null;
  minutes: VolunteerMinutes[];
  closedBy: string;
  closedAt: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

export interface BookingRating {
  score: number;
  comment: string;
  at: string;
}

export interface Booking {
  /** `${slotId}:${openid}`: one booking per person and slot, by construction. */
  bookingId: string;
  slotId: string;
  serviceId: string;
  serviceName: string;
  teamId: string;
  openid: string;
  bookerName: string;
  day: string;
  startClock: string;
  endClock: string;
  startAt: string;
  endAt: string;
  place: string;
  status: BookingStatus;
  details: BookingDetails;
  note: string;
  /** fileIDs; the app asks `getBooking` for readable URLs. */
  photos: string[];
  volunteer: { openid: string; name: string } | null;
  history: BookingHistoryEntry[];
  record: ServiceRecord | null;
  rating: BookingRating | null;
  /** The booker's cancel cut-off. */
  cancellableUntil: string;
  /** From when 开始服务 is allowed (a set time before the slot); a leader may start earlier with a reason. */
  startOpensAt: string;
  createdAt: string;
  updatedAt: string;
}

/** A volunteer or leader of a team, for the leader's assign picker. */
export interface TeamVolunteer {
  openid: string;
  name: string;
  role: 'volunteer' | 'leader';
}
