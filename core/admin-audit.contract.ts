import { z } from 'zod';
import { defineAction } from './action-contract';
import { ADMIN_AUDIT_KINDS, type AdminAuditEntry, type AdminAuditKind } from './admin-audit';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';

const kinds = Object.keys(ADMIN_AUDIT_KINDS) as [AdminAuditKind, ...AdminAuditKind[]];

export const adminAuditActions = {
  /** The admin audit trail, newest first; one kind or all. */
  auditTrail: defineAction<Page<AdminAuditEntry>>()({
    params: z.object({
      kind: z.enum(kinds, { errorMap: () => ({ message: '记录类型无效' }) }).optional(),
      cursor: cursorSchema.optional(),
      limit: pageLimitSchema,
    }),
    allow: ['admin'],
  }),
};
