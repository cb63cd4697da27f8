/**
 * Slots this instance recently saw refused as full. Only a hint for the order of a booking's first
 * round: the seat's conditional update still decides every booking. On a slot believed full the
 * caller's user read waits for the seat (a refusal then costs 2 requests, not 3); elsewhere it
 * travels with the seat (a booking costs 2 round trips, not 3). A stale hint costs one round trip
 * or one read, never a wrong answer.
 */
const HINT_MS = 30_000;
const MAX_HINTS = 1000;

const fullSince = new Map<string, number>();

export const believedFull = (slotId: string, now = Date.now()): boolean => {
  const since = fullSince.get(slotId);
  if (since === undefined) return false;
  if (now - since < HINT_MS) return true;
  fullSince.delete(slotId);
  return false;
};

export const noteFull = (slotId: string, now = Date.now()): void => {
  fullSince.delete(slotId);
  fullSince.set(slotId, now);
  // Insertion order is age order: the oldest hint goes first.
  if (fullSince.size > MAX_HINTS) fullSince.delete(fullSince.keys().next().value as string);
};

export const noteSeatTaken = (slotId: string): void => {
  fullSince.delete(slotId);
};
