import type { UsersContract } from '@core/users.contract';
import { pageAdminAudit, toAdminAuditEntry } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';

export const auditTrail = async ({ params }: ActionInvocation<UsersContract['auditTrail']>) => {
  const page = await pageAdminAudit(params.kind, params.limit, params.cursor);
  return { items: page.items.map(toAdminAuditEntry), nextCursor: page.nextCursor };
};
