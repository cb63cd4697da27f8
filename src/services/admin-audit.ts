import type { ParamsOf } from '@core/action-contract';
import type { UsersContract } from '@core/users.contract';
import { callAction } from './cloud';

/** Admin: the audit trail of admin changes, newest first, one kind or all, cursor-paged. */
export const listAuditTrail = (params: ParamsOf<UsersContract['auditTrail']> = {}) => callAction('users', 'auditTrail', params);
