/**
 * WeChat one-time subscriptions (订阅消息): a feature asks at its moment (from a tap), the user
 * chooses per template, and the grants are recorded so `notify` may send one message each.
 * H5 has no subscription messages: every function here is a no-op there and records nothing.
 */
import Taro from '@tarojs/taro';
import type { NotificationKind, SubscriptionMoment, SubscriptionTemplate } from '@core/messages.contract';
import { callAction } from './cloud';

export type { SubscriptionMoment };
export type { PushState, PushStatus } from '@core/messages.contract';

/** What the user answered for one kind at a prompt. */
export interface SubscriptionAnswer {
  kind: NotificationKind;
  accepted: boolean;
}

/** Subscription messages exist only in WeChat; on H5 every message is in-app. */
export const pushesAvailable = process.env.TARO_ENV === 'weapp';

/** 消息 → 微信推送: per kind that concerns me, on / used up / declined / never asked. */
export const pushStatus = () => callAction('messages', 'pushStatus', {});

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
 * 3) and records what the user chose. Resolves once the prompt is closed with the user's answers
 * (none when no prompt was shown); never rejects, and the recording finishes in the background
 * (the feature's own action must not wait for it).
 */
export async function askSubscriptions(moment: SubscriptionMoment): Promise<SubscriptionAnswer[]> {
  if (!pushesAvailable) return [];
  const templates = templatesByMoment.get(moment) ?? (await loadTemplates(moment));
  if (!templates.length || typeof Taro.requestSubscribeMessage !== 'function') return [];
  const tmplIds = templates.map((template) => template.templateId);
  let choices: Record<string, unknown>;
  try {
    // Taro's option type also demands Alipay's `entityIds`; WeChat takes `tmplIds` alone.
    const option = { tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0];
    choices = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, unknown>;
  } catch {
    // Declined by the platform (subscriptions switched off, not from a tap): nothing to record.
    return [];
  }
  // 'ban' and 'filter' are the platform's verdicts on a template, not the user's answer.
  const grants = templates
    .filter(({ templateId }) => choices[templateId] === 'accept' || choices[templateId] === 'reject')
    .map(({ kind, templateId }) => ({ kind, templateId, accepted: choices[templateId] === 'accept' }));
  if (grants.length) void callAction('messages', 'recordSubscriptions', { grants });
  return grants.map(({ kind, accepted }) => ({ kind, accepted }));
}
