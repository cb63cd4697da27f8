import type { HonoursContract } from '@core/honours.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { evaluateAll } from '../evaluation';

export const evaluate = async (_invocation: ActionInvocation<HonoursContract['evaluate']>) => evaluateAll();
