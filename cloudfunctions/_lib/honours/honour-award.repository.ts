import type { HonourStatus, WithdrawalCause } from '@core/honours.contract';
import type { HonourLevel } from '@core/honours';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';

/**
 * `honour_awards`: one document per (member, level), `_id` = `${openid}:${level}`, so two
 * evaluations racing to put the same level on notice leave one: the database refuses the second
 * insert. Every later step is a conditional update on the status it leaves, so a step taken twice
 * changes nothing the second time. The owner of the collection.
 */
export interface HonourAwardDocument {
  _id: string;
  openid: string;
  level: HonourLevel;
  status: HonourStatus;
  thresholdMinutes: number;
  noticeStartedAt: Date;
  noticeEndsAt: Date;
  awardedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawnCause: WithdrawalCause | null;
  withdrawnReason: string | null;
  updatedAt: Date;
}

const awards = () => database.collection('honour_awards');
const _ = database.command;

export const awardIdOf = (openid: string, level: HonourLevel) => `${openid}:${level}`;

/** Answers false when the (member, level) document already exists. */
export const insertNotice = async (openid: string, level: HonourLevel, thresholdMinutes: number, now: Date, endsAt: Date) => {
  const document: HonourAwardDocument = {
    _id: awardIdOf(openid, level),
    openid,
    level,
    status: 'notice',
    thresholdMinutes,
    noticeStartedAt: now,
    noticeEndsAt: endsAt,
    awardedAt: null,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnCause: null,
    withdrawnReason: null,
    updatedAt: now,
  };
  try {
    await awards().add(document);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

const moveIf = async (awardId: string, condition: Record<string, unknown>, changes: Partial<HonourAwardDocument>) => {
  const { updated } = await awards()
    .where({ _id: awardId, ...condition })
    .update(changes);
  return updated === 1;
};

/** Notice over, not withdrawn: awarded. */
export const awardIfNoticeEnded = (awardId: string, now: Date) =>
  moveIf(awardId, { status: 'notice', noticeEndsAt: _.lte(now) }, { status: 'awarded', awardedAt: now, updatedAt: now });

/** The committee withdraws a level still on notice. */
export const withdrawOnNotice = (awardId: string, by: string, reason: string, now: Date) =>
  moveIf(
    awardId,
    { status: 'notice' },
    { status: 'withdrawn', withdrawnAt: now, withdrawnBy: by, withdrawnCause: 'committee', withdrawnReason: reason, updatedAt: now },
  );

/** The hours under it were reversed: withdrawn whether on notice or awarded. */
export const withdrawForHours = (awardId: string, now: Date) =>
  moveIf(
    awardId,
    { status: _.in(['notice', 'awarded']) },
    {
      status: 'withdrawn',
      withdrawnAt: now,
      withdrawnBy: 'system',
      withdrawnCause: 'hours',
      withdrawnReason: '其下的已认定时长被撤销，累计时长低于该星级',
      updatedAt: now,
    },
  );

/** A level withdrawn for lost hours, reached again: a fresh notice (a committee withdrawal stays). */
export const renoticeAfterHours = (awardId: string, thresholdMinutes: number, now: Date, endsAt: Date) =>
  moveIf(
    awardId,
    { status: 'withdrawn', withdrawnCause: 'hours' },
    {
      status: 'notice',
      thresholdMinutes,
      noticeStartedAt: now,
      noticeEndsAt: endsAt,
      awardedAt: null,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawnCause: null,
      withdrawnReason: null,
      updatedAt: now,
    },
  );

export const findAward = async (awardId: string): Promise<HonourAwardDocument | null> => {
  const { data } = await awards().where({ _id: awardId }).limit(1).get();
  return (data[0] as HonourAwardDocument | undefined) ?? null;
};

export const awardsOf = async (openid: string): Promise<HonourAwardDocument[]> => {
  const { data } = await awards().where({ openid }).orderBy('level', 'asc').limit(5).get();
  return data as HonourAwardDocument[];
};

/** Awards of many members (the evaluation reads them 100 members at a time). */
export const awardsOfMembers = async (openids: readonly string[]): Promise<HonourAwardDocument[]> => {
  if (openids.length === 0) return [];
  const { data } = await awards()
    .where({ openid: _.in([...openids]) })
    .limit(openids.length * 5)
    .get();
  return data as HonourAwardDocument[];
};

/** Members holding a level on notice or awarded: the evaluation checks them even when their hours fell to nothing. */
export const membersWithLiveAwards = async (): Promise<string[]> => {
  const $ = database.command.aggregate;
  const { data } = await awards()
    .aggregate()
    .match({ status: _.in(['notice', 'awarded']) })
    .group({ _id: '$openid', n: $.sum(1) })
    .limit(100_000)
    .end();
  return (data as { _id: string }[]).map((row) => row._id);
};

/** The public notice: on notice now, and changed since `since`, soonest notice end first. */
export const publicNoticeAwards = async (since: Date): Promise<HonourAwardDocument[]> => {
  const [open, recent] = await Promise.all([
    awards().where({ status: 'notice' }).orderBy('noticeEndsAt', 'asc').limit(500).get(),
    awards()
      .where({ status: _.in(['awarded', 'withdrawn']), updatedAt: _.gte(since) })
      .orderBy('updatedAt', 'desc')
      .limit(200)
      .get(),
  ]);
  return [...(open.data as HonourAwardDocument[]), ...(recent.data as HonourAwardDocument[])];
};

/** Levels awarded (and still standing) within [from, to): the annual report's honours (a few hundred a year at most). */
export const awardedBetween = async (from: Date, to: Date): Promise<HonourAwardDocument[]> => {
  const { data } = await awards()
    .where({ status: 'awarded', awardedAt: _.and(_.gte(from), _.lt(to)) })
    .orderBy('awardedAt', 'asc')
    .limit(1000)
    .get();
  return data as HonourAwardDocument[];
};
