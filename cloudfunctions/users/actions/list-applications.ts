import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageApplications } from '../application.repository';
import { toApplication } from '../application.view';

export const listApplications = async ({ params }: ActionInvocation<UsersContract['listApplications']>) => {
  const page = await pageApplications(params.status, params.limit, params.cursor);
  return { items: page.items.map(toApplication), nextCursor: page.nextCursor };
};
