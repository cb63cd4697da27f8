import type { HoursSource } from '@core/hours.types';
import { z } from 'zod';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';
import { key } from '../keyset/key-fields';
import { keyset } from '../keyset/keyset';
import { keysetBatches } from '../keyset/keyset-page.repository';
import type { TransactionScope } from '../transaction.repository';
import { pendingFacts } from '../stats/count-facts';
import { ledgerFacts } from '../stats/stat-facts-of';
import { applyFactsIn, loadTerms, recordStatFacts, resolveFacts } from '../stats/stats.repository';

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
  /**
   * Set when an admin reverses the entry (hours credited in error). The entry stays, so its id
   * still refuses a second credit of the same source; every read below leaves it out.
   */
  reversedAt?: Date;
  reversedBy?: string;
  reversalReason?: string;
  /** A booking's minutes over the slot's length: the leader's reason for crediting them (absent otherwise). */
  overLengthReason?: string | null;
}

const HOURS_LEDGER = 'hours_ledger';
const ledger = () => database.collection(HOURS_LEDGER);
const _ = database.command;

/** Only entries never reversed count, wherever hours are read. */
const unreversed = () => ({ reversedAt: _.exists(false) });

export const hoursEntryId = (source: HoursSource, openid: string) => `${source.kind}:${source.id}:${openid}`;

export interface HoursCredit {
  openid: string;
  minutes: number;
  /** Kept on the entry when these minutes exceed what the source normally allows (a booking's slot length). */
  overLengthReason?: string | null;
}

/**
 * Writes each credit unless already present; answers how many were new. Then counts every
 * credit's stats facts — the new ones and those already present, whose facts a crash may have
 * left uncounted — in one transaction (a fact counts once, by its id). Callers finish their own
 * change (closing the attendance, marking the record verified) only after this, so a crash in
 * between is finished by their retry, which counts what is missing.
 */
export const creditHours = async (
  source: HoursSource,
  credits: readonly HoursCredit[],
  verification: { verifiedBy: string; verifiedAt: Date; teamId?: string | null; title?: string | null },
): Promise<number> => {
  const entries: HoursEntryDocument[] = credits.map(({ openid, minutes, overLengthReason }) => ({
    _id: hoursEntryId(source, openid),
    openid,
    source: { kind: source.kind, id: source.id },
    minutes,
    verifiedBy: verification.verifiedBy,
    verifiedAt: verification.verifiedAt,
    teamId: verification.teamId ?? null,
    title: verification.title ?? null,
    ...(overLengthReason ? { overLengthReason } : {}),
  }));
  const written = await Promise.all(
    entries.map(async (entry) => {
      try {
        await ledger().add(entry);
        return 1;
      } catch (error) {
        if (isDuplicateWrite(error)) return 0;
        throw error;
      }
    }),
  );
  // A duplicate keeps the stored entry's minutes: count the stored one, not this call's.
  const stored = written.every((one) => one === 1) ? entries : await entriesByIds(entries.map((entry) => entry._id));
  await recordStatFacts(stored.flatMap(ledgerFacts));
  return written.reduce<number>((sum, one) => sum + one, 0);
};

/** Entries by id (reversed ones too: the rollups' replay derives their facts). */
export const entriesByIds = async (ids: string[]): Promise<HoursEntryDocument[]> => {
  const { data } = await ledger()
    .where({ _id: _.in(ids) })
    .limit(1000)
    .get();
  return data as HoursEntryDocument[];
};

/** A volunteer's entries with their titles, newest first (up to 1000: a volunteer's whole college career). */
export const ledgerEntriesOf = async (openid: string): Promise<HoursEntryDocument[]> => {
  const { data } = await ledger()
    .where({ openid, ...unreversed() })
    .orderBy('verifiedAt', 'desc')
    .limit(1000)
    .get();
  return data as HoursEntryDocument[];
};

export const findLedgerEntry = async (entryId: string): Promise<HoursEntryDocument | null> => {
  const { data } = await ledger().where({ _id: entryId }).limit(1).get();
  return (data[0] as HoursEntryDocument | undefined) ?? null;
};

/** Marks the entry reversed unless it already is; answers whether this call reversed it. */
export const reverseLedgerEntry = async (entryId: string, by: string, reason: string, at: Date): Promise<boolean> => {
  const pending = await pendingFacts({ kind: 'ledger', id: entryId });
  const { updated } = await ledger()
    .where({ _id: entryId, ...unreversed() })
    .update({ reversedAt: at, reversedBy: by, reversalReason: reason });
  if (updated !== 1) {
    await pending.drop();
    return false;
  }
  // The reversal undoes what the entry counted in the rollups (its reversal fact).
  await pending.count('records.reverseHours', (await entriesByIds([entryId])).flatMap(ledgerFacts));
  return true;
};

/** A member's verified, unreversed minutes, summed in the database. */
export const verifiedMinutesOf = async (openid: string): Promise<number> => {
  const $ = database.command.aggregate;
  const { data } = await ledger()
    .aggregate()
    .match({ openid, ...unreversed() })
    .group({ _id: '$openid', minutes: $.sum('$minutes') })
    .end();
  return (data as { minutes: number }[])[0]?.minutes ?? 0;
};

/** The verified, unreversed minutes of the members named (members with none are absent). */
export const verifiedMinutesOfMembers = async (openids: readonly string[]): Promise<Map<string, number>> => {
  if (openids.length === 0) return new Map();
  const $ = database.command.aggregate;
  const { data } = await ledger()
    .aggregate()
    .match({ openid: _.in([...openids]), ...unreversed() })
    .group({ _id: '$openid', minutes: $.sum('$minutes') })
    .limit(openids.length)
    .end();
  return new Map((data as { _id: string; minutes: number }[]).map((row) => [row._id, row.minutes]));
};

/** Every member's verified, unreversed minutes of at least `atLeast`, summed in the database. */
export const verifiedMinutesByMember = async (atLeast: number): Promise<Map<string, number>> => {
  const $ = database.command.aggregate;
  const { data } = await ledger()
    .aggregate()
    .match(unreversed())
    .group({ _id: '$openid', minutes: $.sum('$minutes') })
    .match({ minutes: _.gte(atLeast) })
    .limit(100_000)
    .end();
  return new Map((data as { _id: string; minutes: number }[]).map((row) => [row._id, row.minutes]));
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
  const terms = await loadTerms();
  await applyFactsIn(tx, await resolveFacts(ledgerFacts(entry), terms), terms);
};

/** Entry ids are server-made (`${source}:${sourceId}:${openid}`); the walk never decodes a cursor. */
const OLDEST_VERIFIED_FIRST = keyset({ verifiedAt: key.date('asc'), _id: key.id('asc', z.string()) });

/** Entries verified in [from, to), over the `verifiedAt` index, in bounded batches (the term export). */
export const ledgerBetween = (from: Date, to: Date) =>
  keysetBatches<HoursEntryDocument>(ledger(), OLDEST_VERIFIED_FIRST, { verifiedAt: _.gte(from).and(_.lt(to)), ...unreversed() });

/** Every entry, in id order and bounded batches (the stats rebuild). */
export const everyLedgerEntry = () => keysetBatches<HoursEntryDocument>(ledger(), keyset({ _id: key.id('asc', z.string()) }), {});
