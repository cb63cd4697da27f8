import type { ParamsOf } from '@core/action-contract';
import type { HonoursContract } from '@core/honours.contract';
import { callAction } from './cloud';

/** The `honours` function: star levels from verified hours, the public notice, nomination lists. */

type Params<A extends keyof HonoursContract> = ParamsOf<HonoursContract[A]>;

const call = <A extends keyof HonoursContract>(action: A, params: Params<A>) => callAction('honours', action, params);

export const honourSettings = () => call('settings', {});
export const saveHonourSettings = (params: Params<'saveSettings'>) => call('saveSettings', params);
export const myHonours = () => call('mine', {});
export const honourPublicNotice = () => call('publicNotice', {});
export const withdrawHonour = (params: Params<'withdraw'>) => call('withdraw', params);
export const evaluateHonours = () => call('evaluate', {});
export const nominations = (params: Params<'nominations'>) => call('nominations', params);
/** Builds the .xlsx in the function; answers a temporary URL. */
export const exportNominations = (params: Params<'exportNominations'>) => call('exportNominations', params);
