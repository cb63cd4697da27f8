import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireOrganisedActivity } from '../activity-access';
import { correctionsOfActivity } from '../correction.repository';
import { toCorrection } from '../correction.view';

/** The organiser's queue for one activity: pending first. */
export const corrections = async ({ params, caller }: ActionInvocation<RecordsContract['corrections']>) => {
  await requireOrganisedActivity(caller, params.activityId);
  return { corrections: (await correctionsOfActivity(params.activityId)).map(toCorrection) };
};
