import type { MessagesContract, SubscriptionBalance } from '@core/messages.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { addGrant, recordDecline, remainingOf } from '../../_lib/notify/subscription.repository';
import { templateIdOf } from '../../_lib/wx/subscription-templates';

/**
 * Records what the user chose in WeChat's prompt (a "no" too, for 消息 → 微信推送). Only the configured template of each kind is
 * accepted, so a client cannot build up counters for templates we never send.
 */
export const recordSubscriptions = async ({ params, caller }: ActionInvocation<MessagesContract['recordSubscriptions']>) => {
  const grants = params.grants.map((grant) => {
    if (templateIdOf(grant.kind) !== grant.templateId) throw new ActionError('INVALID_INPUT', '提交的信息有误：订阅模板与消息类型不符');
    return grant;
  });
  for (const grant of grants) {
    if (grant.accepted) await addGrant(caller.openid, grant.kind, grant.templateId);
    else await recordDecline(caller.openid, grant.kind, grant.templateId);
  }
  const remaining = await remainingOf(
    caller.openid,
    grants.map((grant) => grant.templateId),
  );
  const subscriptions: SubscriptionBalance[] = grants.map((grant) => ({
    kind: grant.kind,
    templateId: grant.templateId,
    remaining: remaining.get(grant.templateId) ?? 0,
  }));
  return { subscriptions };
};
