import type { z } from 'zod';
import type { audienceSchema, CONFIRM_MODES, noticeBlockSchema } from './notice.schema';

export type NoticeBlock = z.infer<typeof noticeBlockSchema>;
export type NoticeAudience = z.infer<typeof audienceSchema>;
export type ConfirmMode = (typeof CONFIRM_MODES)[number];
export type NoticeStatus = 'draft' | 'scheduled' | 'published' | 'recalled';

/** The caller's own receipt; dates are ISO strings. */
export interface MyReceipt {
  readAt: string;
  confirmedAt: string | null;
  reply: string | null;
}

/** A row of the member's feed. A recalled notice keeps its title and shows why, never its body. */
export interface NoticeSummary {
  noticeId: string;
  title: string;
  authorName: string;
  pinned: boolean;
  confirmMode: ConfirmMode;
  status: 'published' | 'recalled';
  publishedAt: string;
  recallReason: string | null;
  read: boolean;
  confirmed: boolean;
}

export interface NoticeEdit {
  title: string;
  body: NoticeBlock[];
  attachments: string[];
  editedAt: string;
  editedBy: string;
}

/** One notice as opened; `history` (earlier versions) and `audience` only for its author and admins. */
export interface NoticeDetail {
  noticeId: string;
  title: string;
  body: NoticeBlock[];
  attachments: string[];
  authorName: string;
  confirmMode: ConfirmMode;
  pinned: boolean;
  status: NoticeStatus;
  publishAt: string | null;
  publishedAt: string | null;
  recall: { reason: string; at: string } | null;
  myReceipt: MyReceipt | null;
  audience: NoticeAudience | null;
  history: NoticeEdit[] | null;
  canManage: boolean;
}

/** The author's row: drafts, scheduled and published notices. */
export interface AuthoredNotice {
  noticeId: string;
  title: string;
  status: NoticeStatus;
  pinned: boolean;
  publishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface OrgUnitReceipts {
  orgUnitId: string | null;
  name: string;
  audience: number;
  read: number;
  confirmed: number;
}

export interface ReceiptSummary {
  audience: number;
  read: number;
  confirmed: number;
  notYet: number;
  byOrgUnit: OrgUnitReceipts[];
  lastRemindedAt: string | null;
}

/** A member who has not read yet, or a receipt row in the author's lists. */
export interface ReceiptMember {
  openid: string;
  name: string;
  orgUnitId: string | null;
  readAt: string | null;
  confirmedAt: string | null;
  reply: string | null;
}

/** Progress of a push batch job (the publish fan-out, or a reminder). */
export interface FanoutStatus {
  jobId: string;
  kind: 'publish' | 'remind';
  status: 'running' | 'done';
  /** Members handled so far: sent = new in-app messages; failed = the push was refused or unknown. */
  processed: number;
  sent: number;
  failed: number;
  failures: { openid: string; outcome: string }[];
  createdAt: string;
  finishedAt: string | null;
}
