import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { correctionsOf } from '../correction.repository';
import { toCorrection } from '../correction.view';

export const myCorrections = async ({ caller }: ActionInvocation<RecordsContract['myCorrections']>) => ({
  corrections: (await correctionsOf(caller.openid)).map(toCorrection),
});
