import { z } from 'zod';
import { defineAction } from './action-contract';
import type { Attendance, AuditEntry, Correction, ExportResult, MyHoursEntry, Term } from './activity.types';
import type { OutOfDateCertificate } from './certificates.contract';
import { activityIdSchema, correctionIdSchema, instantSchema, reasonRequired, termFieldsSchema, termIdSchema } from './activity.schema';
import { memberNoSchema } from './membership.schema';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import {
  EXPORT_PRESETS,
  exportColumnsSchema,
  exportLayoutFieldsSchema,
  exportLayoutIdSchema,
  exportRangeSchema,
  type ExportLayout,
  type PlatformExportPreview,
} from './platform-export';
import { EVERYONE } from './roles';
import { documentId, shortText } from './text.schema';

const ORGANISERS = ['admin', 'leader'] as const;

/**
 * A ledger entry's id: `${kind}:${sourceId}:${openid}`. A booking's id is itself `${slotId}:${openid}`
 * (core/booking.schema.ts), so a booking entry has one more part than an activity entry.
 */
export const hoursEntryIdSchema = z
  .string({ invalid_type_error: '应为文本' })
  .regex(/^(activity:[A-Za-z0-9_-]{1,64}|booking:[A-Za-z0-9_-]{1,100}:[A-Za-z0-9_-]{1,64}):[A-Za-z0-9_-]{1,64}$/, '时长条目编号格式不正确');

/**
 * `records`: what happens around attendance after the scan — manual additions (audited),
 * correction requests and their decisions, terms, the automatic close at an activity's end, and
 * the .xlsx exports. Organiser actions are narrowed in the handler to the activity's organisers.
 */
export const recordsContract = {
  /** Adds a missed attendance by hand (member number, times, reason); audited. */
  addAttendance: defineAction<{ attendance: Attendance }>()({
    params: z
      .object({
        activityId: activityIdSchema,
        memberNo: memberNoSchema,
        checkedInAt: instantSchema,
        checkedOutAt: instantSchema.nullable().default(null),
        reason: reasonRequired,
      })
      .strict()
      .refine((value) => value.checkedOutAt === null || Date.parse(value.checkedOutAt) > Date.parse(value.checkedInAt), {
        message: '签退时间应晚于签到时间',
        path: ['checkedOutAt'],
      }),
    allow: ORGANISERS,
  }),
  /** The activity's audit log, newest first. */
  auditLog: defineAction<Page<AuditEntry>>()({
    params: z.object({ activityId: activityIdSchema, cursor: cursorSchema.optional(), limit: pageLimitSchema }).strict(),
    allow: ORGANISERS,
  }),
  /** A student whose attendance was closed automatically asks for their real check-out time. */
  requestCorrection: defineAction<{ correction: Correction }>()({
    params: z.object({ activityId: activityIdSchema, checkedOutAt: instantSchema, reason: reasonRequired }).strict(),
    allow: EVERYONE,
  }),
  /** The caller's own correction requests. */
  myCorrections: defineAction<{ corrections: Correction[] }>()({
    params: z.object({}).strict(),
    allow: EVERYONE,
  }),
  /** The corrections queue of one activity (pending first). */
  corrections: defineAction<{ corrections: Correction[] }>()({
    params: z.object({ activityId: activityIdSchema }).strict(),
    allow: ORGANISERS,
  }),
  /** Admins (首页's 补录申请): the pending requests of every activity, oldest first. */
  pendingCorrections: defineAction<Page<Correction>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }).strict(),
    allow: ['admin'],
  }),
  /**
   * Approves (credits the hours, exactly once) or rejects a correction; audited. Answers the
   * member's valid certificates the approval left stating other hours than the ledger now holds.
   */
  decideCorrection: defineAction<{ correction: Correction; outOfDateCertificates: OutOfDateCertificate[] }>()({
    params: z
      .object({ correctionId: correctionIdSchema, approve: z.boolean(), reason: shortText(100).default('') })
      .strict()
      .refine((value) => value.approve || value.reason.length >= 2, { message: '驳回时请填写原因', path: ['reason'] }),
    allow: ORGANISERS,
  }),
  /** Terms, latest first; everyone (我的 groups hours by them). */
  listTerms: defineAction<{ terms: Term[] }>()({
    params: z.object({}).strict(),
    allow: EVERYONE,
  }),
  /** Creates (no termId) or edits a term; terms may not overlap. */
  saveTerm: defineAction<{ term: Term }>()({
    params: termFieldsSchema,
    allow: ['admin'],
  }),
  /** One activity's attendance as .xlsx in storage; answers its temporary URL. */
  exportAttendance: defineAction<ExportResult>()({
    params: z.object({ activityId: activityIdSchema }).strict(),
    allow: ORGANISERS,
  }),
  /**
   * Reverses one verified ledger entry (credited in error), with a reason; audited. It stops
   * counting everywhere (我的, exports, certificates applied for later, honours: levels that fall
   * below their threshold are withdrawn at once).
   */
  /** Admins (成员详情): one member's verified, unreversed entries, newest first, to review and reverse. */
  memberHours: defineAction<{ totalMinutes: number; entries: MyHoursEntry[] }>()({
    params: z.object({ openid: documentId }).strict(),
    allow: ['admin'],
  }),
  reverseHours: defineAction<{ entryId: string; withdrawnLevels: number; outOfDateCertificates: OutOfDateCertificate[] }>()({
    params: z.object({ entryId: hoursEntryIdSchema, reason: reasonRequired }).strict(),
    allow: ['admin'],
  }),
  /**
   * 志愿服务记录: the caller's own verified entries (oldest first, with their term) and the totals per
   * term as .xlsx, at any time. No param names anyone: a member only ever gets their own record.
   */
  exportMyRecord: defineAction<ExportResult>()({
    params: z.object({}).strict(),
    allow: EVERYONE,
  }),
  /** The committee's column layouts for the national-platform export, and the presets to start one from. */
  exportLayouts: defineAction<{ layouts: ExportLayout[]; presets: typeof EXPORT_PRESETS }>()({
    params: z.object({}).strict(),
    allow: ['admin'],
  }),
  /** Creates (no layoutId) or edits a layout; audited. */
  saveExportLayout: defineAction<{ layout: ExportLayout }>()({ params: exportLayoutFieldsSchema, allow: ['admin'] }),
  removeExportLayout: defineAction<{ layoutId: string }>()({
    params: z.object({ layoutId: exportLayoutIdSchema }).strict(),
    allow: ['admin'],
  }),
  /** The export's first rows and its problems (no 志愿者编号, an ID failing its checksum, 0 hours), before exporting. */
  previewPlatformExport: defineAction<PlatformExportPreview>()({
    params: z.object({ columns: exportColumnsSchema, range: exportRangeSchema }).strict(),
    allow: ['admin'],
  }),
  /** Verified entries in the range as .xlsx in the given columns; numbers and IDs as text cells. */
  exportPlatformHours: defineAction<ExportResult>()({
    params: z.object({ name: shortText(30), columns: exportColumnsSchema, range: exportRangeSchema }).strict(),
    allow: ['admin'],
  }),
  /** A term's hours per member as .xlsx; admins. */
  exportTermHours: defineAction<ExportResult>()({
    params: z.object({ termId: termIdSchema }).strict(),
    allow: ['admin'],
  }),
};

export type RecordsContract = typeof recordsContract;
export type RecordsAction = keyof RecordsContract;
