import type { PostVisibility } from '@core/qa.types';
import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';
import { keysetPage } from './keyset-page.repository';

/**
 * One row per (question, tag). A question's `tags` is an array, and an index over an array field
 * cannot hand out rows in date order (one document has several keys), so the tag feed pages over
 * these scalar rows instead and then reads the page's questions by id.
 */
export interface TagEntryDocument {
  _id: string;
  tag: string;
  questionId: string;
  visibility: PostVisibility;
  createdAt: Date;
}

const tagEntries = () => database.collection('qa_tag_entries');

const entryId = (questionId: string, tag: string) => `${questionId}:${tag}`;

export const addTagEntries = async (questionId: string, tags: string[], createdAt: Date, visibility: PostVisibility): Promise<void> => {
  for (const tag of tags) {
    try {
      await tagEntries().add({ _id: entryId(questionId, tag), tag, questionId, visibility, createdAt });
    } catch (error) {
      // Already there (a retried ask or edit): the row is what we wanted.
      if (!isDuplicateWrite(error)) throw error;
    }
  }
};

export const removeTagEntries = async (questionId: string, tags: string[]): Promise<void> => {
  for (const tag of tags) await tagEntries().doc(entryId(questionId, tag)).remove();
};

/** Follows the question's visibility, so hidden and deleted questions leave the tag feed. */
export const setTagEntriesVisibility = async (questionId: string, visibility: PostVisibility): Promise<void> => {
  await tagEntries().where({ questionId }).update({ visibility });
};

export const pageTagEntries = (tag: string, limit: number, cursor?: string) =>
  keysetPage<TagEntryDocument>(tagEntries(), { tag, visibility: 'visible' }, limit, cursor);
