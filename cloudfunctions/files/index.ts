import { filesContract } from '@core/files.contract';
import { defineFunction } from '../_lib/define-function';
import { claim } from './actions/claim';
import { remove } from './actions/remove';
import { tempUrl } from './actions/temp-url';

/** `files`: claim an upload (checked by content and size), temporary URLs decided per file, removal. */
export const filesFunction = defineFunction({
  name: 'files',
  contract: filesContract,
  handlers: { claim, tempUrl, remove },
});

export const main = filesFunction.main;
