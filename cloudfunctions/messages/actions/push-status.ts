import type { MessagesContract, PushState, PushStatus } from '@core/messages.contract';
import { NOTIFICATION_KINDS, SUBSCRIPTION_MOMENT_NAMES, SUBSCRIPTION_MOMENTS, type SubscriptionMoment } from '@core/notification-kinds';
import type { Role } from '@core/roles';
import type { ActionInvocation } from '../../_lib/define-function';
import { subscriptionsOf, type SubscriptionDocument } from '../../_lib/notify/subscription.repository';
import { templateIdOf } from '../../_lib/wx/subscription-templates';

/**
 * Who a moment's pushes concern, so 微信推送 lists what the caller can receive: only team staff
 * get job reminders, only a guest has a membership review to hear of. A moment the caller has
 * answered before is listed whatever the role now.
 */
const MOMENT_CONCERNS: Partial<Record<SubscriptionMoment, readonly Role[]>> = {
  membershipApply: ['guest'],
  jobClaim: ['volunteer', 'leader'],
};

const stateOf = (counter: SubscriptionDocument | undefined): PushState => {
  if (!counter) return 'neverAsked';
  if (counter.remaining > 0) return 'on';
  return counter.lastAnswer === 'reject' ? 'declined' : 'usedUp';
};

/** Per kind with a configured template: on, used up, declined or never asked, from the caller's own counters. */
export const pushStatus = async ({ caller }: ActionInvocation<MessagesContract['pushStatus']>) => {
  // A counter counts only for the template configured now: WeChat grants are per template.
  const [mine, roles] = await Promise.all([subscriptionsOf(caller.openid), caller.roles()]);
  const counters = new Map(mine.map((counter) => [counter.templateId, counter]));
  const pushes: PushStatus[] = [];
  for (const moment of SUBSCRIPTION_MOMENT_NAMES) {
    const kinds = SUBSCRIPTION_MOMENTS[moment].flatMap((kind) => {
      const templateId = templateIdOf(kind);
      return templateId ? [{ kind, counter: counters.get(templateId) }] : [];
    });
    const concerns = MOMENT_CONCERNS[moment];
    const answered = kinds.some(({ counter }) => counter);
    if (concerns && !answered && !roles.some((role) => concerns.includes(role))) continue;
    for (const { kind, counter } of kinds) {
      pushes.push({ kind, label: NOTIFICATION_KINDS[kind].label, moment, state: stateOf(counter), remaining: counter?.remaining ?? 0 });
    }
  }
  return { pushes };
};
