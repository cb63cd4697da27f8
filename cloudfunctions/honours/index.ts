import { honoursContract } from '@core/honours.contract';
import { defineFunction } from '../_lib/define-function';
import { evaluate } from './actions/evaluate';
import { exportNominations } from './actions/export-nominations';
import { mine } from './actions/mine';
import { nominations } from './actions/nominations';
import { publicNotice } from './actions/public-notice';
import { saveSettings } from './actions/save-settings';
import { settings } from './actions/settings';
import { withdraw } from './actions/withdraw';
import { evaluateHonours } from './timers/evaluate-honours';

/**
 * `honours`: star levels from verified hours only — notice, award, withdrawal — and the term
 * nomination lists. Apart from `stats` (which counts) so neither bundle carries the other; it
 * imports ExcelJS for the nomination export.
 */
export const honoursFunction = defineFunction({
  name: 'honours',
  contract: honoursContract,
  handlers: { settings, saveSettings, mine, publicNotice, withdraw, evaluate, nominations, exportNominations },
  timers: { evaluateHonours },
});

export const main = honoursFunction.main;
