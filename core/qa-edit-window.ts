/**
 * Authors may correct a post for a short while after publishing; after that an answer may
 * already rely on the text, so it stays as others read it (deleting is still possible).
 */
export const EDIT_WINDOW_MINUTES = 15;

export const editableUntil = (createdAt: Date): Date => new Date(createdAt.getTime() + EDIT_WINDOW_MINUTES * 60_000);

export const isEditable = (createdAt: Date, now: Date): boolean => now.getTime() < editableUntil(createdAt).getTime();
