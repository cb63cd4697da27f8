import { database } from '../cloudbase';

/**
 * `repair_progress`: where each repair timer's walk stands, one document per timer (`_id` = its
 * name). A tick that dies mid-walk leaves the cursor of the last page it finished, so the next tick
 * goes on from there instead of starting over; null = the last pass finished, start again.
 */
interface RepairProgressDocument {
  _id: string;
  cursor: string | null;
  updatedAt: Date;
}

const progress = () => database.collection('repair_progress');

export const loadRepairCursor = async (timer: string): Promise<string | null> => {
  const { data } = await progress().doc(timer).get();
  const found = ((Array.isArray(data) ? data[0] : data) as RepairProgressDocument | undefined) ?? null;
  return found?.cursor ?? null;
};

export const saveRepairCursor = async (timer: string, cursor: string | null, at: Date): Promise<void> => {
  await progress().doc(timer).set({ cursor, updatedAt: at });
};
