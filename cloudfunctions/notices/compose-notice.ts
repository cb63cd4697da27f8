import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { audienceKeysOf } from '@core/notice-audience';
import type { noticeDraftShape } from '@core/notice.schema';
import type { NoticeAudience, NoticeBlock } from '@core/notice.types';
import { ActionError } from '../_lib/action-error';
import { requireOrganiser } from '../_lib/activities/organiser-access';
import { findActivity } from '../_lib/activity.repository';
import { participantOpenids } from '../_lib/attendance.repository';
import type { Caller } from '../_lib/define-function';
import { teamsLedBy } from '../_lib/team-leadership';
import { requireOwnFiles } from '../_lib/storage/require-own-files';
import { checkText } from '../_lib/wx/content-security';
import type { MemberAudience } from './member-audience';
import type { NoticeDocument } from './notice.repository';

type DraftFields = z.output<z.ZodObject<typeof noticeDraftShape>>;

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const newNoticeId = () => `n_${[...randomBytes(20)].map((byte) => BASE62[byte % 62]).join('')}`;

/**
 * Admins address anyone; a leader only the teams they lead, so a leader cannot message the
 * college. An activity's participants are addressed by its organisers (an admin, its creator, a
 * leader of its team) only.
 */
export const requireAudienceAllowed = async (audience: NoticeAudience, publisher: MemberAudience, caller: Caller): Promise<void> => {
  if (audience.kind === 'activity') {
    const activity = await findActivity(audience.activityId);
    if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
    await requireOrganiser(caller, activity);
    return;
  }
  if (publisher.isAdmin) return;
  const led = new Set(teamsLedBy(publisher.user));
  if (audience.kind !== 'teams' || !audience.teamIds.every((teamId) => led.has(teamId))) {
    throw new ActionError('FORBIDDEN', '没有权限：队长只能向自己带领的服务队发布通知');
  }
};

/** The keys the notice is stored with: an activity audience resolves to its participants as they stand now. */
export const resolveAudienceKeys = async (audience: NoticeAudience): Promise<string[]> =>
  audienceKeysOf(audience, audience.kind === 'activity' ? await participantOpenids(audience.activityId, audience.group) : []);

export const imagesOf = (body: NoticeBlock[]) => body.flatMap((block) => (block.type === 'image' ? [block.fileId] : []));

export const plainTextOf = (title: string, body: NoticeBlock[]) =>
  [
    title,
    ...body.flatMap((block) =>
      block.type === 'paragraph'
        ? block.children.map((run) => run.text)
        : block.type === 'list'
          ? block.items.flat().map((run) => run.text)
          : [],
    ),
  ].join('\n');

/** Platform checks before anything is stored: the caller's own claimed images, and msgSecCheck. */
export const checkContent = async (openid: string, title: string, body: NoticeBlock[], attachments: string[]) => {
  await requireOwnFiles([...imagesOf(body), ...attachments], openid, 'notice-image');
  await checkText(plainTextOf(title, body), { openid }, 3);
};

/** The stored document of a composed notice; status and times are the caller's decision. */
export const composeNotice = (
  noticeId: string,
  fields: DraftFields,
  author: { openid: string; name: string },
  status: NoticeDocument['status'],
  now: Date,
  audienceKeys: string[],
): NoticeDocument => {
  const publishAt = fields.publishAt ? new Date(fields.publishAt) : null;
  return {
    _id: noticeId,
    authorOpenid: author.openid,
    authorName: author.name,
    status,
    title: fields.title,
    body: fields.body,
    attachments: fields.attachments,
    audience: fields.audience,
    audienceKeys,
    confirmMode: fields.confirmMode,
    pinned: fields.pinned,
    pinRank: fields.pinned ? 1 : 0,
    publishAt,
    publishedAt: status === 'published' ? now : null,
    recall: null,
    history: [],
    version: 1,
    lastRemindedAt: new Date(0),
    createdAt: now,
    updatedAt: now,
  };
};
