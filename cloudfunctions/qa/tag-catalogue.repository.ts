import { DEFAULT_QA_TAGS } from '@core/qa-tags';
import { database } from '../_lib/cloudbase';

/** The catalogue is one small document, so a read is one lookup and a save replaces it whole. */
const CATALOGUE_ID = 'catalogue';
const catalogue = () => database.collection('qa_tags').doc(CATALOGUE_ID);

/** The admins' list, or the defaults until an admin first saves one. */
export const readTagCatalogue = async (): Promise<string[]> => {
  const { data } = await catalogue().get();
  const found = (Array.isArray(data) ? data[0] : data) as { tags?: unknown } | undefined;
  return Array.isArray(found?.tags) ? found.tags.filter((tag): tag is string => typeof tag === 'string') : [...DEFAULT_QA_TAGS];
};

export const saveTagCatalogue = async (tags: string[], savedBy: string): Promise<void> => {
  await catalogue().set({ tags, savedBy, savedAt: new Date() });
};
