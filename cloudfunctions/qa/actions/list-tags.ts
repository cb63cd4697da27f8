import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { readTagCatalogue } from '../tag-catalogue.repository';

export const listTags = async (_: ActionInvocation<QaContract['listTags']>) => ({ tags: await readTagCatalogue() });
