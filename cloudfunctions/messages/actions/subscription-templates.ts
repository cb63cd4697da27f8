import type { MessagesContract, SubscriptionTemplate } from '@core/messages.contract';
import { MAX_TEMPLATES_PER_PROMPT, NOTIFICATION_KINDS, SUBSCRIPTION_MOMENTS } from '@core/notification-kinds';
import type { ActionInvocation } from '../../_lib/define-function';
import { templateIdOf } from '../../_lib/wx/subscription-templates';

export const subscriptionTemplates = async ({ params }: ActionInvocation<MessagesContract['subscriptionTemplates']>) => {
  const templates: SubscriptionTemplate[] = [];
  for (const kind of SUBSCRIPTION_MOMENTS[params.moment]) {
    const templateId = templateIdOf(kind);
    if (templateId) templates.push({ kind, templateId, label: NOTIFICATION_KINDS[kind].label });
  }
  return { templates: templates.slice(0, MAX_TEMPLATES_PER_PROMPT) };
};
