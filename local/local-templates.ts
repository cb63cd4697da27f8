/**
 * Subscription template ids for the local CloudBase, one per notification kind, set as the same
 * env vars a deployment sets in the CloudBase console (see cloudfunctions/_lib/wx/subscription-templates.ts).
 * The emulator's outbox accepts any id, so these only need to be stable and recognisable.
 */
export const LOCAL_TEMPLATE_IDS: Record<string, string> = {
  STARFIRE_TEMPLATE_MEMBERSHIP_REVIEWED: 'local-tpl-membership-reviewed',
  STARFIRE_TEMPLATE_BOOKING_REMINDER: 'local-tpl-booking-reminder',
  STARFIRE_TEMPLATE_BOOKING_STATUS: 'local-tpl-booking-status',
  STARFIRE_TEMPLATE_JOB_REMINDER: 'local-tpl-job-reminder',
  STARFIRE_TEMPLATE_ANSWER_RECEIVED: 'local-tpl-answer-received',
  STARFIRE_TEMPLATE_QA_MODERATED: 'local-tpl-qa-moderated',
  STARFIRE_TEMPLATE_NOTICE_PUBLISHED: 'local-tpl-notice-published',
  STARFIRE_TEMPLATE_CORRECTION_DECIDED: 'local-tpl-correction-decided',
  STARFIRE_TEMPLATE_TEAM_JOIN_REVIEWED: 'local-tpl-team-join-reviewed',
  STARFIRE_TEMPLATE_ACTIVITY_REMINDER: 'local-tpl-activity-reminder',
  STARFIRE_TEMPLATE_ACTIVITY_CHANGED: 'local-tpl-activity-changed',
};

/** Sets each template env var the developer has not set already. */
export const applyLocalTemplateIds = (): void => {
  for (const [name, value] of Object.entries(LOCAL_TEMPLATE_IDS)) process.env[name] ??= value;
};
