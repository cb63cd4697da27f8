import type { RosterContract } from '@core/roster.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { readRosterFile } from '../roster-file';
import { planRoster } from '../roster-plan';

/** What importing the file would do; writes nothing but the upload's claim. */
export const preview = async ({ params, caller }: ActionInvocation<RosterContract['preview']>) =>
  (await planRoster(await readRosterFile(params.fileId, caller), caller.openid)).summary;
