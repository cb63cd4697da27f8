/**
 * WeChat one-time subscriptions (订阅消息): a feature asks at its moment (from a tap), the user
 * chooses per template, and the grants are recorded so `notify` may send one message each.
 * H5 has no subscription messages: every function here is a no-op there and records nothing.
 */
import Taro from '@tarojs/taro';
import type { SubscriptionMoment, SubscriptionTemplate } from '@core/messages.contract';
import { callAction } from './cloud';

export type { SubscriptionMoment };

const templatesByMoment = new Map<SubscriptionMoment, SubscriptionTemplate[]>();

async function loadTemplates(moment: SubscriptionMoment): Promise<SubscriptionTemplate[]> {
  const reply = await callAction('messages', 'subscriptionTemplates', { moment });
  // No answer, no prompt: a subscription is a bonus and must never block the feature itself.
  const templates = reply.ok && Array.isArray(reply.data?.templates) ? reply.data.templates.slice(0, 3) : [];
  if (reply.ok) templatesByMoment.set(moment, templates);
  return templates;
}

/**
 * Fetches a moment's templates before the tap (call when the page opens). WeChat accepts
 * `requestSubscribeMessage` only in the turn of a tap; a network round trip between the tap
 * and the prompt can lose that, so the prompt should not wait for the server.
 */
export async function prepareSubscriptions(moment: SubscriptionMoment): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || templatesByMoment.has(moment)) return;
  await loadTemplates(moment);
}

/**
 * Call first thing in a tap handler: shows WeChat's prompt for the moment's templates (at most
 * 3) and records what the user chose. Resolves once the prompt is closed; never rejects, and
 * the recording finishes in the background (the feature's own action must not wait for it).
 */
export async function askSubscriptions(moment: SubscriptionMoment): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const templates = templatesByMoment.get(moment) ?? (await loadTemplates(moment));
  if (!templates.length || typeof Taro.requestSubscribeMessage !== 'function') return;
  const tmplIds = templates.map((template) => template.templateId);
  let choices: Record<string, unknown>;
  try {
    // Taro's option type also demands Alipay's `entityIds`; WeChat takes `tmplIds` alone.
    const option = { tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0];
    choices = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, unknown>;
  } catch {
    // Declined by the platform (subscriptions switched off, not from a tap): nothing to record.
    return;
  }
  const grants = templates.map(({ kind, templateId }) => ({ kind, templateId, accepted: choices[templateId] === 'accept' }));
  void callAction('messages', 'recordSubscriptions', { grants });
}
