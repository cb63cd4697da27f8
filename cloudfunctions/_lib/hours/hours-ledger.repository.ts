import type { HoursSource } from '@core/hours.types';
import { z } from 'zod';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';
import { key } from '../keyset/key-fields';
import { keyset } from '../keyset/keyset';
import { keysetBatches } from '../keyset/keyset-page.repository';
import type { TransactionScope } from '../transaction.repository';

/**
 * `hours_ledger`: verified volunteer minutes, one entry per (source, volunteer). The `_id` is
 * `${kind}:${sourceId}:${openid}`, so crediting the same source twice — a retried confirm, two
 * leaders confirming at once, an activity re-run — can never count twice: the database refuses
 * the second insert. Bookings and activities both credit through `creditHours` (or, inside the
 * transaction of the change that earns the hours, `creditInTransaction`). The owner of the
 * collection: every read and write of a ledger entry is one of the functions below.
 */
export interface HoursEntryDocument {
  _id: string;
  openid: string;
  source: HoursSource;
  minutes: number;
  verifiedBy: string;
  verifiedAt: Date;
  /** The team whose work it was, when there is one (per-team statistics). */
  teamId: string | null;
  /** The activity's title or the service's name, for 我的 and exports (absent on early booking entries). */
  title?: string | null;
}

const HOURS_LEDGER = 'hours_ledger';
const ledger = () => database.collection(HOURS_LEDGER);
const _ = database.command;

const hoursEntryId = (source: HoursSource, openid: string) => `${source.kind}:${source.id}:${openid}`;

export interface HoursCredit {
  openid: string;
  minutes: number;
}

/** Writes each credit unless already present; answers how many were new. */
export const creditHours = async (
  source: HoursSource,
  credits: readonly HoursCredit[],
  verification: { verifiedBy: string; verifiedAt: Date; teamId?: string | null; title?: string | null },
): Promise<number> => {
  const written = await Promise.all(
    credits.map(async ({ openid, minutes }) => {
      try {
        await ledger().add({
          _id: hoursEntryId(source, openid),
          openid,
          source: { kind: source.kind, id: source.id },
          minutes,
          verifiedBy: verification.verifiedBy,
          verifiedAt: verification.verifiedAt,
          teamId: verification.teamId ?? null,
          title: verification.title ?? null,
        });
        return 1;
      } catch (error) {
        if (isDuplicateWrite(error)) return 0;
        throw error;
      }
    }),
  );
  return written.reduce<number>((sum, one) => sum + one, 0);
};

/** A volunteer's entries with their titles, newest first (up to 1000: a volunteer's whole college career). */
export const ledgerEntriesOf = async (openid: string): Promise<HoursEntryDocument[]> => {
  const { data } = await ledger().where({ openid }).orderBy('verifiedAt', 'desc').limit(1000).get();
  return data as HoursEntryDocument[];
};

/**
 * `creditHours` inside a transaction: the entry is written with the change that earns it (a manual
 * check-out, an approved correction), so the two can never disagree. Its deterministic `_id` still
 * refuses a second credit of the same (source, volunteer): the insert fails and the whole
 * transaction rolls back.
 */
export const creditInTransaction = async (
  tx: TransactionScope,
  source: HoursSource,
  credit: HoursCredit,
  verification: { verifiedBy: string; verifiedAt: Date; teamId: string | null; title: string },
): Promise<void> => {
  const entry: HoursEntryDocument = {
    _id: hoursEntryId(source, credit.openid),
    openid: credit.openid,
    source: { kind: source.kind, id: source.id },
    minutes: credit.minutes,
    verifiedBy: verification.verifiedBy,
    verifiedAt: verification.verifiedAt,
    teamId: verification.teamId,
    title: verification.title,
  };
  await tx.collection(HOURS_LEDGER).add(entry);
};

/** Entry ids are server-made (`${source}:${sourceId}:${openid}`); the walk never decodes a cursor. */
const OLDEST_VERIFIED_FIRST = keyset({ verifiedAt: key.date('asc'), _id: key.id('asc', z.string()) });

/** Entries verified in [from, to), over the `verifiedAt` index, in bounded batches (the term export). */
export const ledgerBetween = (from: Date, to: Date) =>
  keysetBatches<HoursEntryDocument>(ledger(), OLDEST_VERIFIED_FIRST, { verifiedAt: _.gte(from).and(_.lt(to)) });
