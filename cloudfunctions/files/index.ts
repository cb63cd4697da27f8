import { filesContract } from '@core/files.contract';
import { defineFunction } from '../_lib/define-function';
import { claim } from './actions/claim';
import { remove } from './actions/remove';
import { reserveUpload } from './actions/reserve-upload';
import { tempUrl } from './actions/temp-url';
import { removeUnclaimedUploads } from './timers/remove-unclaimed-uploads';

/** `files`: reserve an upload path, claim the upload (checked by content and size), temporary URLs decided per file, removal, and the sweep of uploads never claimed. */
export const filesFunction = defineFunction({
  name: 'files',
  contract: filesContract,
  handlers: { reserveUpload, claim, tempUrl, remove },
  timers: { removeUnclaimedUploads },
});

export const main = filesFunction.main;
