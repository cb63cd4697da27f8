import type { TeamJoinRequest, TeamJoinStatus } from '@core/team-join.contract';
import { documentId } from '@core/text.schema';
import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';
import { readInTransaction, type TransactionScope } from '../_lib/transaction.repository';

/**
 * `team_join_requests`: members asking to join a service team; this module is its one owner.
 * `openKey` is `<teamId>:<openid>` while the request is open and its own id once decided, so the
 * unique index allows one open request per member and team and any number of decided ones.
 */
export interface TeamJoinDocument {
  _id: string;
  teamId: string;
  teamName: string;
  openid: string;
  name: string;
  status: TeamJoinStatus;
  openKey: string;
  reason: string;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

const TEAM_JOIN_REQUESTS = 'team_join_requests';
const requests = () => database.collection(TEAM_JOIN_REQUESTS);

export const openKeyOf = (teamId: string, openid: string) => `${teamId}:${openid}`;

/** 'pending' when an open request of this member for this team already exists (the index decides races). */
export const insertJoinRequest = async (request: TeamJoinDocument): Promise<'inserted' | 'pending'> => {
  try {
    await requests().add(request);
    return 'inserted';
  } catch (error) {
    if (isDuplicateWrite(error)) return 'pending';
    throw error;
  }
};

export const readJoinRequestIn = (tx: TransactionScope, requestId: string) =>
  readInTransaction<TeamJoinDocument>(tx, TEAM_JOIN_REQUESTS, requestId);

export const findJoinRequest = async (requestId: string): Promise<TeamJoinDocument | null> => {
  const { data } = await requests().doc(requestId).get();
  return ((Array.isArray(data) ? data[0] : data) as TeamJoinDocument | undefined) ?? null;
};

/** Closes the request inside the transaction that grants (or not) the role. */
export const decideJoinRequestIn = async (
  tx: TransactionScope,
  request: TeamJoinDocument,
  decision: { status: 'approved' | 'declined'; reason: string; by: string; at: Date },
): Promise<TeamJoinDocument> => {
  const changes = {
    status: decision.status,
    reason: decision.reason,
    openKey: request._id,
    decidedAt: decision.at,
    decidedBy: decision.by,
  };
  await tx.collection(TEAM_JOIN_REQUESTS).doc(request._id).update(changes);
  return { ...request, ...changes };
};

/** Oldest first over the (teamId, status, createdAt, _id) index. */
const OLDEST_FIRST = keyset({ createdAt: key.date('asc'), _id: key.id('asc', documentId) });

export const pageOpenJoinRequests = (teamId: string, limit: number, cursor?: string) =>
  readKeysetPage<TeamJoinDocument>(requests(), OLDEST_FIRST, { teamId, status: 'pending' }, { cursor, limit });

/** Newest first over the (openid, createdAt, _id) index: what 我的入队申请 lists. */
const NEWEST_FIRST = keyset({ createdAt: key.date('desc'), _id: key.id('desc', documentId) });

export const pageMyJoinRequests = (openid: string, limit: number, cursor?: string) =>
  readKeysetPage<TeamJoinDocument>(requests(), NEWEST_FIRST, { openid }, { cursor, limit });

export const toTeamJoinRequest = (doc: TeamJoinDocument): TeamJoinRequest => ({
  requestId: doc._id,
  teamId: doc.teamId,
  teamName: doc.teamName,
  openid: doc.openid,
  name: doc.name,
  status: doc.status,
  reason: doc.reason ?? '',
  createdAt: new Date(doc.createdAt).toISOString(),
  decidedAt: doc.decidedAt ? new Date(doc.decidedAt).toISOString() : null,
});
