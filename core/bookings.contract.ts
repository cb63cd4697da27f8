import { z } from 'zod';
import { defineAction, type ResultOf } from './action-contract';
import { BOOKING_STATUSES } from './booking-status';
import {
  bookingDetailsSchema,
  bookingIdSchema,
  bookingWindowSchema,
  clockSchema,
  daySchema,
  fileIdSchema,
  MAX_BOOKING_PHOTOS,
  reasonText,
  requiredText,
  slotIdSchema,
} from './booking.schema';
import { AUDIENCES, DETAILS_KINDS, type BookableService, type Booking, type Slot, type TeamVolunteer } from './booking.types';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { EVERYONE } from './roles';
import { documentId, longText, shortText } from './text.schema';

const TEAM_STAFF = ['volunteer', 'leader'] as const;

/**
 * `bookings`: the service catalogue, slots, booking and the job workflow. Team-scoped actions
 * (`leader`, `volunteer`) are further checked against the caller's own teams: a leader of 汽车维护服务队
 * manages that team only, and is FORBIDDEN elsewhere. "The booker or this team" is one rule, so
 * booking ownership is checked beside the team check in the handler (the booker is the openid the
 * booking id ends with, see `bookerOfBookingId`), not by the router's owner clause.
 */
export const bookingsContract = {
  /** The catalogue, active services only unless a leader asks for their team's full list. */
  listServices: defineAction<{ services: BookableService[] }>()({
    params: z.object({ teamId: documentId.optional(), includeInactive: z.boolean().default(false) }),
    allow: EVERYONE,
  }),
  /** Creates (no serviceId) or edits a service of the leader's team; edits reach the service's future slots. */
  saveService: defineAction<{ service: BookableService }>()({
    params: z.object({
      serviceId: documentId.optional(),
      teamId: documentId,
      name: requiredText(shortText(20), '请填写服务名称'),
      description: longText(300).default(''),
      durationMinutes: z
        .number()
        .int('应为整数')
        .min(5)
        .max(8 * 60),
      place: requiredText(shortText(40), '请填写服务地点'),
      bring: shortText(100).default(''),
      audience: z.array(z.enum(AUDIENCES)).min(1, '请至少选择一类可预约人群').max(AUDIENCES.length),
      detailsKind: z.enum(DETAILS_KINDS),
      window: bookingWindowSchema.optional(),
      active: z.boolean().default(true),
      order: z.number().int().min(0).max(999).default(0),
    }),
    allow: ['leader'],
  }),
  /**
   * One slot on `day`, or the same weekday every week from `day` through `repeatUntil` (≤ 26 weeks).
   * Times are Asia/Shanghai. A slot already published at that day and time is reported in `skipped`.
   */
  publishSlots: defineAction<{ slots: Slot[]; skipped: string[] }>()({
    params: z
      .object({
        serviceId: documentId,
        day: daySchema,
        start: clockSchema,
        end: clockSchema,
        place: shortText(40).optional(),
        capacity: z.number().int('应为整数').min(1).max(50),
        repeatUntil: daySchema.optional(),
      })
      .superRefine((value, ctx) => {
        if (value.end <= value.start) ctx.addIssue({ code: 'custom', path: ['end'], message: '结束时间应晚于开始时间' });
        if (value.repeatUntil && value.repeatUntil < value.day)
          ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: '重复截止日期应不早于首次日期' });
      }),
    allow: ['leader'],
  }),
  /** Slots of a service between two Shanghai days (default: today through 14 days ahead), with seats left. */
  listSlots: defineAction<{ slots: Slot[] }>()({
    params: z.object({ serviceId: documentId, from: daySchema.optional(), to: daySchema.optional() }),
    allow: EVERYONE,
  }),
  /**
   * A leader's 时段 view of one service of their team: every slot from today on (any status, however
   * far ahead it was published), soonest first, cursor paging over (startAt, id).
   */
  serviceSlots: defineAction<Page<Slot>>()({
    params: z.object({ serviceId: documentId, cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: ['leader'],
  }),
  /** Stops new bookings; existing bookings stay. */
  closeSlot: defineAction<{ slot: Slot }>()({
    params: z.object({ slotId: slotIdSchema }),
    allow: ['leader'],
  }),
  /** Cancels the slot and every active booking in it; the bookers are notified with the reason. */
  cancelSlot: defineAction<{ slot: Slot; cancelledBookings: number }>()({
    params: z.object({ slotId: slotIdSchema, reason: reasonText }),
    allow: ['leader'],
  }),
  /**
   * Books a seat. `details.kind` must match the service (car / pc / none). Answers SLOT_FULL,
   * ALREADY_BOOKED, SLOT_UNAVAILABLE, BOOKING_NOT_OPEN, BOOKING_CLOSED or SERVICE_NOT_FOR_YOU.
   */
  book: defineAction<{ bookingId: string; booking: Booking }>()({
    params: z.object({
      slotId: slotIdSchema,
      details: bookingDetailsSchema,
      note: longText(200).default(''),
      photos: z.array(fileIdSchema).max(MAX_BOOKING_PHOTOS, `最多上传 ${MAX_BOOKING_PHOTOS} 张照片`).default([]),
    }),
    allow: EVERYONE,
  }),
  /** The booker until the cut-off (reason optional); a leader of the team any time, reason required. */
  cancel: defineAction<{ booking: Booking }>()({
    params: z.object({ bookingId: bookingIdSchema, reason: shortText(100).optional() }),
    allow: EVERYONE,
  }),
  /** The caller's bookings, latest slot first. */
  mine: defineAction<Page<Booking>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: EVERYONE,
  }),
  /** One booking with readable photo URLs: its booker, or a volunteer/leader of its team. */
  getBooking: defineAction<{ booking: Booking; photoUrls: Record<string, string> }>()({
    params: z.object({ bookingId: bookingIdSchema }),
    allow: EVERYONE,
  }),
  /** Volunteer 工单: `open` = unassigned upcoming jobs of my teams; `mine` = jobs assigned to me and not yet closed. */
  jobs: defineAction<{ bookings: Booking[] }>()({
    params: z.object({ scope: z.enum(['open', 'mine']).default('open') }),
    allow: TEAM_STAFF,
  }),
  /** Leader view of the team's bookings between two Shanghai days (default: today through 14 days ahead). */
  teamBookings: defineAction<{ bookings: Booking[] }>()({
    params: z.object({
      teamId: documentId,
      from: daySchema.optional(),
      to: daySchema.optional(),
      status: z.enum(BOOKING_STATUSES).optional(),
    }),
    allow: ['leader'],
  }),
  /** Volunteers and leaders of the team, for the assign picker. */
  teamVolunteers: defineAction<{ volunteers: TeamVolunteer[] }>()({
    params: z.object({ teamId: documentId }),
    allow: ['leader'],
  }),
  assign: defineAction<{ booking: Booking }>()({
    params: z.object({ bookingId: bookingIdSchema, volunteerOpenid: documentId }),
    allow: ['leader'],
  }),
  claim: defineAction<{ booking: Booking }>()({
    params: z.object({ bookingId: bookingIdSchema }),
    allow: TEAM_STAFF,
  }),
  /**
   * The assigned volunteer or a leader of the team, from a set time before the slot
   * (JOB_NOT_STARTABLE_YET before that, saying when it opens); a leader may start earlier with
   * `earlyReason`, kept in the booking's history.
   */
  start: defineAction<{ booking: Booking }>()({
    params: z.object({ bookingId: bookingIdSchema, earlyReason: shortText(100).optional() }),
    allow: TEAM_STAFF,
  }),
  /**
   * Closes the job with its service record: what was done, an optional after-photo, minutes per
   * volunteer. Minutes above the slot's length are refused (MINUTES_OVER_SLOT) unless a leader of the
   * team sends `overLengthReason`, kept on the record and in the booking's history.
   */
  close: defineAction<{ booking: Booking }>()({
    params: z.object({
      bookingId: bookingIdSchema,
      summary: requiredText(longText(500), '请填写服务内容'),
      afterPhoto: fileIdSchema.optional(),
      overLengthReason: shortText(100).optional(),
      minutes: z
        .array(
          z.object({
            openid: documentId,
            minutes: z
              .number()
              .int('应为整数')
              .min(1)
              .max(12 * 60),
          }),
        )
        .min(1, '请填写志愿者服务时长')
        .max(10)
        .refine((rows) => new Set(rows.map((row) => row.openid)).size === rows.length, '同一志愿者只能填写一次'),
    }),
    allow: TEAM_STAFF,
  }),
  /** After the slot has started, a confirmed booker who did not come. */
  markNoShow: defineAction<{ booking: Booking }>()({
    params: z.object({ bookingId: bookingIdSchema }),
    allow: TEAM_STAFF,
  }),
  /** The leader verifies the record: its minutes become entries in the hours ledger (once per volunteer). */
  confirmRecord: defineAction<{ booking: Booking; credited: number }>()({
    params: z.object({ bookingId: bookingIdSchema }),
    allow: ['leader'],
  }),
  /** The booker (only) rates a done job once (RATED_ALREADY after that). */
  rate: defineAction<{ booking: Booking }>()({
    params: z.object({
      bookingId: bookingIdSchema,
      score: z.number().int('应为整数').min(1, '评分为 1–5 星').max(5, '评分为 1–5 星'),
      comment: longText(200).default(''),
    }),
    allow: EVERYONE,
  }),
};

export type BookingsContract = typeof bookingsContract;
export type BookingsAction = keyof BookingsContract;
export type BookResult = ResultOf<BookingsContract['book']>;
export type * from './booking.types';
export type { BookingWindow } from './booking-window';
export type { BookingStatus } from './booking-status';
