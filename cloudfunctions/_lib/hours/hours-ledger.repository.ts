import type { HoursSource } from '@core/hours.types';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';

/**
 * `hours_ledger`: verified volunteer minutes, one entry per (source, volunteer). The `_id` is
 * `${kind}:${sourceId}:${openid}`, so crediting the same source twice — a retried confirm, two
 * leaders confirming at once, an activity re-run — can never count twice: the database refuses
 * the second insert. Bookings and activities both credit through `creditHours`.
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

export const HOURS_LEDGER = 'hours_ledger';
const ledger = () => database.collection(HOURS_LEDGER);

export const hoursEntryId = (source: HoursSource, openid: string) => `${source.kind}:${source.id}:${openid}`;

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
