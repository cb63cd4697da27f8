import type { HonoursContract } from '@core/honours.contract';
import { honourLevelLabels } from '@core/honours';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findAward, withdrawOnNotice } from '../../_lib/honours/honour-award.repository';
import { findUser } from '../../_lib/user.repository';
import { toHonourAward } from '../honour.view';

/** Only during the notice: once awarded, a level goes only when the hours under it are reversed. */
export const withdraw = async ({ params, caller }: ActionInvocation<HonoursContract['withdraw']>) => {
  const award = await findAward(params.awardId);
  if (!award) throw new ActionError('NOT_FOUND', '该荣誉不存在');
  if (!(await withdrawOnNotice(award._id, caller.openid, params.reason, new Date()))) throw new ActionError('HONOUR_NOT_ON_NOTICE');
  const member = await findUser(award.openid);
  await recordAdminChange({
    kind: 'honours.withdraw',
    actor: caller,
    target: { type: 'member', id: award.openid, label: member?.name ?? award.openid },
    before: { level: honourLevelLabels[award.level], status: '公示中' },
    after: { level: honourLevelLabels[award.level], status: '已撤回' },
    reason: params.reason,
  });
  const withdrawn = await findAward(award._id);
  if (!withdrawn) throw new ActionError('NOT_FOUND', '该荣誉不存在');
  return { award: toHonourAward(withdrawn) };
};
