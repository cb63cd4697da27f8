import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { saveTagCatalogue } from '../tag-catalogue.repository';

/** Admins only (guard). Questions keep tags removed here; only new questions are limited to the list. */
export const saveTags = async ({ params, caller }: ActionInvocation<QaContract['saveTags']>) => {
  await saveTagCatalogue(params.tags, caller.openid);
  return { tags: params.tags };
};
