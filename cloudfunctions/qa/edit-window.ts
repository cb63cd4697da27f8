import { EDIT_WINDOW_MINUTES, isEditable } from '@core/qa-edit-window';
import { ActionError } from '../_lib/action-error';

/** A post created after this instant is still inside the edit window. */
export const windowOpensAfter = (now: Date): Date => new Date(now.getTime() - EDIT_WINDOW_MINUTES * 60_000);

/** Refuses early with the right code; the update itself re-checks the window in the database. */
export const requireEditable = (post: { visibility: string; createdAt: Date } | null, now: Date): void => {
  if (!post || post.visibility === 'deleted') throw new ActionError('NOT_FOUND');
  if (!isEditable(new Date(post.createdAt), now)) throw new ActionError('EDIT_WINDOW_CLOSED');
};
