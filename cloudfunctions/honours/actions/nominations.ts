import type { HonoursContract } from '@core/honours.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { nominationList } from '../nomination-list';

export const nominations = async ({ params }: ActionInvocation<HonoursContract['nominations']>) => {
  const { rule, nominees } = await nominationList(params.termId, params.ruleId);
  return { rule, nominees };
};
