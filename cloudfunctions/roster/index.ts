import { rosterContract } from '@core/roster.contract';
import { defineFunction } from '../_lib/define-function';
import { apply } from './actions/apply';
import { preview } from './actions/preview';
import { template } from './actions/template';

/**
 * `roster`: the committee's Excel roster (template, preview, apply). Its own function because it
 * bundles ExcelJS: `users`, which every page open calls, keeps its small cold start.
 */
export const rosterFunction = defineFunction({
  name: 'roster',
  contract: rosterContract,
  handlers: { template, preview, apply },
});

export const main = rosterFunction.main;
