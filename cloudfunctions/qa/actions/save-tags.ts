import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import { readTagCatalogue, saveTagCatalogue } from '../tag-catalogue.repository';

/** Admins only (guard). Questions keep tags removed here; only new questions are limited to the list. */
export const saveTags = async ({ params, caller }: ActionInvocation<QaContract['saveTags']>) => {
  const before = await readTagCatalogue();
  await saveTagCatalogue(params.tags, caller.openid);
  await recordAdminChange({
    kind: 'qa.tags',
    actor: caller,
    target: { type: 'qaTags', id: 'qa-tags', label: '问答标签' },
    before: { tags: before },
    after: { tags: params.tags },
  });
  return { tags: params.tags };
};
