import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pagePendingCorrections } from '../correction.repository';
import { toCorrection } from '../correction.view';

/** Admins: every activity's pending correction requests, oldest first (首页's 补录申请 opens this list). */
export const pendingCorrections = async ({ params }: ActionInvocation<RecordsContract['pendingCorrections']>) => {
  const page = await pagePendingCorrections(params.cursor, params.limit);
  return { items: page.items.map(toCorrection), nextCursor: page.nextCursor };
};
