import { DEFAULT_HONOUR_SETTINGS, type HonourSettings } from '@core/honours';
import { database } from '../cloudbase';

/**
 * `honour_settings`: the committee's thresholds, notice period and nomination rules, one document
 * `honours` (the defaults until an admin saves). The owner of the collection.
 */
const settings = () => database.collection('honour_settings');
const SETTINGS_ID = 'honours';

export const readHonourSettings = async (): Promise<HonourSettings> => {
  const { data } = await settings().where({ _id: SETTINGS_ID }).limit(1).get();
  const found = data[0] as (HonourSettings & { _id: string }) | undefined;
  if (!found) return DEFAULT_HONOUR_SETTINGS;
  const { thresholds, noticeWorkingDays, nominationRules } = found;
  return { thresholds, noticeWorkingDays, nominationRules: nominationRules ?? [] };
};

export const writeHonourSettings = async (value: HonourSettings, by: string): Promise<void> => {
  await settings()
    .doc(SETTINGS_ID)
    .set({ ...value, updatedBy: by, updatedAt: new Date() });
};
