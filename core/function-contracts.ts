import type { ParamsOf, ResultOf } from './action-contract';
import type { ActivitiesContract } from './activities.contract';
import type { BookingsContract } from './bookings.contract';
import type { CertificatesContract } from './certificates.contract';
import type { FilesContract } from './files.contract';
import type { HonoursContract } from './honours.contract';
import type { MessagesContract } from './messages.contract';
import type { NoticesContract } from './notices.contract';
import type { QaContract } from './qa.contract';
import type { RecordsContract } from './records.contract';
import type { RosterContract } from './roster.contract';
import type { StatsContract } from './stats.contract';
import type { UsersContract } from './users.contract';

/**
 * Every cloud function's contract by its deployed name. The typed callers (the app's services and
 * the tests' function client) read names, params and results from here, so a contract change
 * breaks `tsc` where a caller relies on the old shape instead of at run time. Types only: the
 * app bundle carries no contract code.
 */
export interface FunctionContracts {
  activities: ActivitiesContract;
  bookings: BookingsContract;
  certificates: CertificatesContract;
  files: FilesContract;
  honours: HonoursContract;
  messages: MessagesContract;
  notices: NoticesContract;
  qa: QaContract;
  records: RecordsContract;
  roster: RosterContract;
  stats: StatsContract;
  users: UsersContract;
}

export type FunctionName = keyof FunctionContracts;
export type ActionName<F extends FunctionName> = keyof FunctionContracts[F] & string;
export type ActionParams<F extends FunctionName, A extends ActionName<F>> = ParamsOf<FunctionContracts[F][A]>;
export type ActionResult<F extends FunctionName, A extends ActionName<F>> = ResultOf<FunctionContracts[F][A]>;
